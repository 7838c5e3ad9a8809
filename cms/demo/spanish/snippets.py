"""Spanish for the topics and organisations (English source text -> Spanish)."""

SPANISH = {
    # Topics
    "Governance": "Gobernanza",
    "How the Initiative is run: rules, plenary, committees and reporting.":
        "Cómo funciona la Iniciativa: normas, plenario, comités e informes.",
    "Human rights defenders": "Personas defensoras de derechos humanos",
    "Risks to people who defend human rights near extractive operations, and how to address them.":
        "Riesgos para quienes defienden los derechos humanos cerca de operaciones extractivas y cómo abordarlos.",
    "In-country implementation": "Implementación en el país",
    "How the Principles are put into practice locally, notably through In-Country Working Groups.":
        "Cómo se ponen en práctica los Principios a nivel local, sobre todo mediante los Grupos de Trabajo en el "
        "País.",
    "Membership": "Membresía",
    "Joining the Initiative and taking part in it.": "Cómo adherirse a la Iniciativa y participar en ella.",
    "Private security": "Seguridad privada",
    "Hiring, contracting and overseeing private security providers.":
        "Selección, contratación y supervisión de proveedores de seguridad privada.",
    "Public security": "Seguridad pública",
    "Working with police and armed forces that protect company operations.":
        "Relación con la policía y las fuerzas armadas que protegen las operaciones de las empresas.",
    "Risk assessment": "Evaluación de riesgos",
    "Assessing security and human rights risks around operations.":
        "Evaluación de los riesgos para la seguridad y los derechos humanos en torno a las operaciones.",
    "Courses and materials for security personnel, companies and officials.":
        "Cursos y materiales para personal de seguridad, empresas y funcionarios.",
    "Women and disadvantaged groups": "Mujeres y grupos desfavorecidos",
    "Security-related risks for women, children, Indigenous Peoples and other groups at heightened risk.":
        "Riesgos relacionados con la seguridad para mujeres, niñas y niños, pueblos indígenas y otros grupos en "
        "situación de mayor riesgo.",

    # Organisations: governments get Spanish names; proper names of companies and NGOs stay as they are.
    "Government of Canada": "Gobierno de Canadá",
    "Government of Colombia": "Gobierno de Colombia",
    "Government of Ghana": "Gobierno de Ghana",
    "Government of Mozambique": "Gobierno de Mozambique",
    "Government of Norway": "Gobierno de Noruega",
    "Government of Switzerland": "Gobierno de Suiza",
    "Government of the Democratic Republic of the Congo": "Gobierno de la República Democrática del Congo",
    "Government of the Netherlands": "Gobierno de los Países Bajos",
    "Government of the United Kingdom": "Gobierno del Reino Unido",
    "Government of the United States": "Gobierno de los Estados Unidos",
    "Centre for Democracy and Development (CDD), Mozambique": "Centro para la Democracia y el Desarrollo (CDD), "
                                                              "Mozambique",
    "DCAF – Geneva Centre for Security Sector Governance": "DCAF – Centro de Ginebra para la Gobernanza del Sector "
                                                           "de la Seguridad",
    "ICRC": "CICR",
    "OECD": "OCDE",
    **{name: name for name in [
        "Barrick Gold Corporation", "Endeavour Mining", "FOCONE", "Fund for Peace", "ICMM", "IPIECA",
        "International Alert", "Jamaa Resource Initiatives", "Justicia ASBL", "LITE-Africa",
        "Myanmar Centre for Responsible Business (MCRB)", "OMV", "Observatoire Gouvernance et Paix (OGP)", "PAX",
        "Pact", "Search for Common Ground", "WANEP-Ghana",
    ]},
}
