"""Home page (one per locale root) and standard content pages."""
