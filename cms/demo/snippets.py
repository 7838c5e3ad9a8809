"""Demo topics and organisations (source: /work/shared/domain/vpi_domain.yaml, membership section).

Topics are keyed on their slug, organisations on their English name.
"""

TOPICS = [
    ("in-country-implementation", "In-country implementation",
     "How the Principles are put into practice locally, notably through In-Country Working Groups."),
    ("human-rights-defenders", "Human rights defenders",
     "Risks to people who defend human rights near extractive operations, and how to address them."),
    ("women-and-disadvantaged-groups", "Women and disadvantaged groups",
     "Security-related risks for women, children, Indigenous Peoples and other groups at heightened risk."),
    ("public-security", "Public security",
     "Working with police and armed forces that protect company operations."),
    ("private-security", "Private security",
     "Hiring, contracting and overseeing private security providers."),
    ("risk-assessment", "Risk assessment",
     "Assessing security and human rights risks around operations."),
    ("membership", "Membership", "Joining the Initiative and taking part in it."),
    ("governance", "Governance", "How the Initiative is run: rules, plenary, committees and reporting."),
    ("training", "Training", "Courses and materials for security personnel, companies and officials."),
]

GOV, COMPANY, NGO, OBSERVER = "government", "company", "ngo", "observer"

# (name, pillar, website). Websites only where the source data names the organisation's own domain.
ORGANISATIONS = [
    ("Government of the United Kingdom", GOV, ""),
    ("Government of Canada", GOV, ""),
    ("Government of the United States", GOV, ""),
    ("Government of the Netherlands", GOV, ""),
    ("Government of Norway", GOV, ""),
    ("Government of Switzerland", GOV, ""),
    ("Government of Colombia", GOV, ""),
    ("Government of Ghana", GOV, ""),
    ("Government of the Democratic Republic of the Congo", GOV, ""),
    ("Government of Mozambique", GOV, ""),
    ("Endeavour Mining", COMPANY, ""),
    ("OMV", COMPANY, ""),
    ("Barrick Gold Corporation", COMPANY, ""),
    ("Fund for Peace", NGO, "https://fundforpeace.org"),
    ("Pact", NGO, ""),
    ("Search for Common Ground", NGO, ""),
    ("Centre for Democracy and Development (CDD), Mozambique", NGO, ""),
    ("LITE-Africa", NGO, "https://lite-africa.org"),
    ("FOCONE", NGO, ""),
    ("Jamaa Resource Initiatives", NGO, ""),
    ("Justicia ASBL", NGO, ""),
    ("PAX", NGO, ""),
    ("International Alert", NGO, ""),
    ("Observatoire Gouvernance et Paix (OGP)", NGO, ""),
    ("WANEP-Ghana", NGO, ""),
    ("Myanmar Centre for Responsible Business (MCRB)", NGO, "https://myanmar-responsiblebusiness.org"),
    ("OECD", OBSERVER, ""),
    ("DCAF – Geneva Centre for Security Sector Governance", OBSERVER, "https://www.dcaf.ch"),
    ("ICRC", OBSERVER, ""),
    ("ICMM", OBSERVER, ""),
    ("IPIECA", OBSERVER, ""),
]

# Short names used by the other demo modules.
UK = "Government of the United Kingdom"
CANADA = "Government of Canada"
NETHERLANDS = "Government of the Netherlands"
SWITZERLAND = "Government of Switzerland"
CDD = "Centre for Democracy and Development (CDD), Mozambique"
LITE_AFRICA = "LITE-Africa"
JUSTICIA = "Justicia ASBL"
OGP = "Observatoire Gouvernance et Paix (OGP)"
MCRB = "Myanmar Centre for Responsible Business (MCRB)"
DCAF = "DCAF – Geneva Centre for Security Sector Governance"
