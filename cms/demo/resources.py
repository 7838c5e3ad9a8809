"""Demo resource library: items listed in vpi_domain.yaml (resources), paraphrased, keyed on slug.

Every language version is a small placeholder PDF that says what it stands in for; languages are
only those the source data (or the Chile release) supports. Dates carry their known precision:
("day", "2023-12-10"), ("year", "2011") or None when the source gives none.
"""

GUIDANCE, TOOLKIT, TRAINING, REPORT = "guidance", "toolkit", "training", "report"
ANNUAL_REPORT, FACT_SHEET, GOVERNANCE = "annual_report", "fact_sheet", "governance"

RESOURCES = [
    {
        "slug": "voluntary-principles",
        "title": "The Voluntary Principles on Security and Human Rights",
        "type": GOVERNANCE, "date": ("month", "2000-12"),
        "summary": "The founding text, agreed in December 2000 by governments, extractive and energy companies "
                   "and NGOs. It guides companies on assessing risks and on working with public and private "
                   "security in a way that respects human rights.",
        "topics": ["risk-assessment", "public-security", "private-security"],
        "versions": [("en", ""), ("my", "")],
        "source": "https://en.wikipedia.org/wiki/Voluntary_Principles_on_Security_and_Human_Rights",
    },
    {
        "slug": "implementation-guidance-tools",
        "title": "Implementation Guidance Tools (IGT)",
        "type": TOOLKIT, "date": ("year", "2011"),
        "summary": "Practical, non-prescriptive tools in four modules: stakeholder engagement, risk assessment, "
                   "public security providers and private security providers, with annexes such as sample "
                   "contract clauses and incident reporting. Published by ICMM, ICRC, IFC and IPIECA with "
                   "input from VPI participants.",
        "topics": ["risk-assessment", "public-security", "private-security"],
        "versions": [("en", ""), ("es", "")],
        "source": "https://www.voluntaryprinciples.org/resource/voluntary-principles-on-security-and-human-rights-"
                  "implementation-guidance-tool/",
    },
    {
        "slug": "igt-companion-tool-women-and-disadvantaged-groups",
        "title": "IGT Companion Tool: Protecting the Rights of Women and Other Disadvantaged Groups",
        "type": TOOLKIT, "date": ("day", "2023-10-03"),
        "summary": "Concepts, steps, case studies and tools for identifying and responding to security-related "
                   "risks for women, children, Indigenous Peoples and other groups at heightened risk, including "
                   "in conflict settings. Written by Stratos and IMPACT, funded by Global Affairs Canada.",
        "topics": ["women-and-disadvantaged-groups", "risk-assessment"],
        "versions": [("en", "")],
        "source": "https://www.voluntaryprinciples.org/news/new-tool-on-operationalizing-the-vps-through-the-lens-"
                  "of-protecting-the-rights-of-women-and-other-disadvantaged-groups/",
    },
    {
        "slug": "guidance-human-rights-defenders",
        "title": "Guidance on Respecting the Rights of Human Rights Defenders",
        "type": GUIDANCE, "date": ("day", "2023-12-10"),
        "summary": "A framework for identifying and addressing risks to human rights defenders in risk "
                   "assessment, community engagement and relations with security forces and host governments. "
                   "It recommends zero tolerance of threats against defenders.",
        "topics": ["human-rights-defenders", "risk-assessment"],
        # Spanish copies were handed out at the Chile launch (the Chile release).
        "versions": [("en", ""), ("es", "")],
        "source": "https://www.voluntaryprinciples.org/news/voluntary-principles-initiative-launches-new-resources-"
                  "to-strengthen-protection-of-human-rights-defenders/",
    },
    {
        "slug": "human-rights-defenders-in-africa",
        "title": "Understanding the Unique Situation of Human Rights Defenders in Africa",
        "type": REPORT, "date": ("day", "2023-12-10"),
        "summary": "A report by LITE-Africa, a VPI Member, on the threats and opportunities facing defenders "
                   "whose work touches extractive and agricultural businesses in Africa, with testimonies and "
                   "practical recommendations.",
        "topics": ["human-rights-defenders"],
        "versions": [("en", "")],
        "source": "https://www.voluntaryprinciples.org/news/voluntary-principles-initiative-launches-new-resources-"
                  "to-strengthen-protection-of-human-rights-defenders/",
    },
    {
        "slug": "vps-101",
        "title": "VPs 101: 10 Steps to Maintain Security in Compliance with Human Rights",
        "type": GUIDANCE, "date": ("year", "2022"),
        "summary": "An introduction to the Voluntary Principles in ten steps, for anyone new to security and "
                   "human rights. Spanish copies were handed out at the launch of the Chile working group.",
        "topics": ["in-country-implementation", "public-security", "private-security"],
        "versions": [("en", ""), ("es", "")],
        "source": "https://www.voluntaryprinciples.org/",
    },
    {
        "slug": "training-course",
        "title": "Voluntary Principles on Security and Human Rights Training Course",
        "type": TRAINING, "date": None,
        "summary": "A course for company staff and private and public security personnel on human rights "
                   "frameworks, ethics, roles and responsibilities (including gender and vulnerable groups) "
                   "and the use of force.",
        "topics": ["training", "public-security", "private-security"],
        "versions": [("en", ""), ("es", "")],
        "source": "https://www.voluntaryprinciples.org/resource/voluntary-principles-on-security-and-human-rights-"
                  "training-course/",
    },
    {
        "slug": "model-clauses",
        "title": "Model Clauses for Agreements between Government Security Forces and Companies",
        "type": GUIDANCE, "date": ("year", "2016"),
        "summary": "Clauses for memorandums of understanding and support agreements between companies and "
                   "public security forces, drafted by a multi-stakeholder working group that PAX initiated "
                   "in 2015.",
        "topics": ["public-security"],
        "versions": [("en", "")],
        "source": "https://business-humanrights.org/en/voluntary-principles-on-security-human-rights-publishes-"
                  "model-clauses-for-agreements-between-govt-security-forces-companies",
    },
    {
        "slug": "from-commitment-to-impact",
        "title": "From Commitment to Impact: Experiences from Local Working Groups on Business, Security and "
                 "Human Rights",
        "type": REPORT, "date": ("year", "2020"),
        "summary": "DCAF and the Fund for Peace look back on a decade of in-country working groups and advise "
                   "on setting one up, building buy-in and keeping it going. Comes with a companion guide.",
        "topics": ["in-country-implementation"],
        "versions": [("en", "")],
        "source": "https://www.dcaf.ch/commitment-impact-experiences-local-working-groups-business-security-and-"
                  "human-rights",
    },
    {
        "slug": "national-level-implementation-guidance-note",
        "title": "National-Level Implementation Guidance Note",
        "type": GUIDANCE, "date": ("year", "2011"),
        "summary": "The Fund for Peace and International Alert on starting or supporting a national process "
                   "for the Voluntary Principles, drawing on Colombia and Indonesia and a 2010 workshop in "
                   "Bogotá.",
        "topics": ["in-country-implementation"],
        "versions": [("en", "")],
        "source": "https://fundforpeace.org/2011/11/10/national-level-implementation-guidance-note-for-the-"
                  "voluntary-principles/",
    },
    {
        "slug": "performance-indicators",
        "title": "Voluntary Principles Performance Indicators",
        "type": GUIDANCE, "date": ("year", "2008"),
        "summary": "Indicators from International Alert that help companies assess how well they implement "
                   "the Voluntary Principles.",
        "topics": ["risk-assessment"],
        "versions": [("en", "")],
        "source": "https://fdocuments.net/document/voluntary-principles-on-security-and-human-rights-.html",
    },
    {
        "slug": "governance-rules",
        "title": "Governance Rules of the Voluntary Principles Initiative",
        "type": GOVERNANCE, "date": ("day", "2011-09-16"),
        "summary": "The rules the Plenary adopted on 16 September 2011: governance, working groups and "
                   "in-country implementation, entry and participation criteria, dispute resolution, "
                   "reporting and finance.",
        "topics": ["governance", "membership"],
        "versions": [("en", "")],
        "source": "http://docplayer.net/8158000-The-initiative-of-the-voluntary-principles-on-security-and-human-"
                  "rights-governance-rules.html",
    },
    {
        "slug": "strategy-2013-2016",
        "title": "Voluntary Principles Strategy 2013–2016",
        "type": GOVERNANCE, "date": ("year", "2013"),
        "summary": "The Initiative's priorities for 2013 to 2016: implementation on the ground, outreach to "
                   "host governments, growing the membership, and accountability and reporting.",
        "topics": ["governance"],
        "versions": [("en", "")],
        "source": "https://business-humanrights.org/en/pdf-voluntary-principles-strategy-2013-2016",
    },
    {
        "slug": "government-pillar-reporting-guidelines",
        "title": "Government Pillar Reporting Guidelines",
        "type": GOVERNANCE, "date": None,
        "summary": "How member governments structure their annual reports: commitment, policies and procedures, "
                   "implementation and, optionally, lessons learned.",
        "topics": ["governance"],
        "versions": [("en", "")],
        "source": "https://paperzz.com/doc/9224124/reporting-guidelines-for-the-government-pillar",
    },
    {
        "slug": "admission-frameworks",
        "title": "Frameworks for the Admission of New Members",
        "type": GOVERNANCE, "date": ("year", "2025"),
        "summary": "Entry criteria and the application process for companies, governments, NGOs and observers. "
                   "The NGO framework was updated in 2025 with a clearer definition of an NGO.",
        "topics": ["membership"],
        "versions": [("en", "")],
        "source": "https://www.voluntaryprinciples.org/news/membership-application-window-is-open-until-september-"
                  "15-2025",
    },
    {
        "slug": "joint-statement-on-policing",
        "title": "Joint Statement on Policing and Respect for Human Rights",
        "type": GUIDANCE, "date": ("day", "2020-07-10"),
        "summary": "Corporate and NGO members draw on Voluntary Principles practice for the human rights "
                   "performance of police: risk assessment, attention to vulnerable groups and accountability.",
        "topics": ["public-security"],
        "versions": [("en", "")],
        "source": "https://business-humanrights.org/en/latest-news/joint-statement-on-policing-and-respect-for-"
                  "human-rights",
    },
    {
        "slug": "implementation-summary-2011",
        "title": "Summary of Voluntary Principles Implementation Efforts during 2011",
        "type": ANNUAL_REPORT, "date": ("year", "2011"),
        "summary": "A yearly summary of what participants did to implement the Principles (later editions "
                   "followed for 2012 and 2014).",
        "topics": ["governance"],
        "versions": [("en", "")],
        "source": "https://docplayer.net/amp/17177321-Summary-of-voluntary-principles-implementation-efforts-"
                  "during-2011.html",
    },
    {
        "slug": "lite-africa-report-2017",
        "title": "LITE-Africa (Nigeria) Report on the Voluntary Principles, Calendar Year 2017",
        "type": ANNUAL_REPORT, "date": ("year", "2018"),
        "summary": "The annual report of LITE-Africa, an NGO member, on its Voluntary Principles work in 2017.",
        "topics": ["in-country-implementation"],
        "versions": [("en", "")],
        "source": "https://lawsdocbox.com/amp/95679145-Politics/Voluntary-principles-on-security-and-human-rights-"
                  "report-for-lite-africa-nigeria-calendar-year-2017.html",
    },
    {
        "slug": "nigeria-national-baseline-assessment",
        "title": "Report of the National Baseline Assessment: Promoting the Voluntary Principles in Nigeria",
        "type": REPORT, "date": None,
        "summary": "The first comprehensive empirical analysis of how the Principles are implemented in "
                   "Nigeria, by LITE-Africa, the Nigerian working group and DCAF. It informs the work of the "
                   "Nigeria working group.",
        "topics": ["in-country-implementation"],
        "versions": [("en", "")],
        "source": "https://www.securityhumanrightshub.org/node/317",
    },
    {
        "slug": "south-kivu-lessons-learnt",
        "title": "Lessons Learnt from the Voluntary Principles Working Group in South Kivu",
        "type": REPORT, "date": None,
        "summary": "DCAF and OGP on the lessons and good practice of the South Kivu group from 2018 to 2020, "
                   "with case studies of the Nyabibwe, Bitale and Twangiza mining sites.",
        "topics": ["in-country-implementation"],
        "versions": [("en", "")],
        "source": "https://www.securityhumanrightshub.org/node/462",
    },
    {
        "slug": "colombia-implementation-process",
        "title": "Colombia: The Process of Implementation of the Voluntary Principles",
        "type": REPORT, "date": None,
        "summary": "A case study of how Colombia's national committee for the Principles became the Mining "
                   "and Energy Committee (CME), and of what made it work.",
        "topics": ["in-country-implementation"],
        "versions": [("en", "")],
        "source": "https://securityhumanrightshub.org/node/281",
    },
    {
        "slug": "ghana-final-project-report",
        "title": "Voluntary Principles in Ghana: Final Project Report",
        "type": REPORT, "date": ("year", "2018"),
        "summary": "The Fund for Peace and WANEP-Ghana report on their programme supporting implementation of "
                   "the Principles in Ghana's oil and mining sectors.",
        "topics": ["in-country-implementation"],
        "versions": [("en", "")],
        "source": "https://docslib.org/doc/3007339/voluntary-principles-in-ghana",
    },
    {
        "slug": "security-and-human-rights-toolkit",
        "title": "Addressing Security and Human Rights Challenges in Complex Environments: Toolkit",
        "type": TOOLKIT, "date": None,
        "summary": "A compendium of good practice by DCAF and the ICRC for companies, security providers, civil "
                   "society and regulators. Third edition.",
        "topics": ["public-security", "private-security", "risk-assessment"],
        "versions": [("en", ""), ("fr", ""), ("es", "")],
        "source": "https://www.securityhumanrightshub.org/node/70",
    },
    {
        "slug": "fact-sheet-governments",
        "title": "Background for Governments on Implementing the Voluntary Principles (fact sheet, Spanish)",
        "type": FACT_SHEET, "date": None,
        "summary": "A Spanish-language overview of the Initiative for governments, citing the Peru working "
                   "group as an example.",
        "topics": ["in-country-implementation"],
        "versions": [("es", "Principios Voluntarios en Seguridad y Derechos Humanos: Antecedentes para los "
                            "Gobiernos sobre Implementación")],
        "source": "https://deploy.studylib.es/doc/5945583/principios-voluntarios-en-seguridad-y-derechos-humanos",
    },
    {
        "slug": "fact-sheet-companies",
        "title": "Background on Implementation by Companies (fact sheet, Spanish)",
        "type": FACT_SHEET, "date": None,
        "summary": "A Spanish-language overview of what companies gain from the Initiative and how they put "
                   "the Principles into practice.",
        "topics": ["in-country-implementation"],
        "versions": [("es", "Los Principios Voluntarios en Seguridad y Derechos Humanos: Antecedentes en la "
                            "Implementación por parte de las Compañías")],
        "source": "https://deploy.studylib.es/doc/6202391/los-principios-voluntarios-en-seguridad-y-derechos-"
                  "humanos",
    },
    {
        "slug": "mozambique-baseline-preliminary-findings",
        "title": "Mozambique: Preliminary Findings of a Baseline Study",
        "type": REPORT, "date": ("year", "2022"),
        "summary": "CDD's baseline of security and human rights challenges in Cabo Delgado, discussed by the "
                   "Mozambique working groups in March 2022.",
        "topics": ["in-country-implementation"],
        "versions": [("en", "")],
        "source": "https://www.voluntaryprinciples.org/mozambique-partner-icwg",
    },
    {
        "slug": "myanmar-private-security-study",
        "title": "Private Security Company Sector Study (Myanmar)",
        "type": REPORT, "date": ("month", "2022-02"),
        "summary": "The first study of Myanmar's private security sector and its human rights risks, with "
                   "guidance on the use of CCTV. Written by the Myanmar Centre for Responsible Business at the "
                   "request of the Myanmar working group.",
        "topics": ["private-security"],
        "versions": [("en", "")],
        "source": "https://myanmar-responsiblebusiness.org/ecomms/2022-02/en.html",
    },
]
