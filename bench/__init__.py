"""The performance benchmark (`make bench`): seeding, the harness, bench settings and results."""
