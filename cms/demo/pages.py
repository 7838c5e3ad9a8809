"""Demo home-page content, section indexes and standard pages (principles, the Initiative, contact).

Paraphrased from vpi_domain.yaml (principles, membership); [[slug|text]] links to a demo page.
"""

from cms.demo.news import CHILE_SLUG, SECRETARIAT_EMAIL, h, p

APPLICATIONS_EMAIL = "applications@voluntaryprinciples.org"

INDEXES = {
    "news": {"title": "News", "intro": "News releases, statements and event reports from the Voluntary "
                                       "Principles Initiative."},
    "working-groups": {"title": "Working groups",
                       "intro": "In-Country Working Groups bring governments, companies and civil society "
                                "together to put the Voluntary Principles into practice locally. Some are "
                                "created and supported by the VPI; partner groups are run by others and work "
                                "with it."},
    "resources": {"title": "Resources", "intro": "Guidance, toolkits, training material, reports and governance "
                                                 "documents, in the languages they are available in."},
}

# The primary navigation, in tree order: the sections and the two pages about the Initiative (the
# contact page is in the footer).
MENU = ["news", "working-groups", "resources", "about-the-principles", "the-initiative"]

FOOTER = {
    "contact_heading": "Contact",
    "organisation_name": "VPI Secretariat",
    "address": "",
    "email": SECRETARIAT_EMAIL,
    "social_links": [("link", {"platform": "linkedin", "url": "https://www.linkedin.com/company/voluntary-principles/",
                               "label": ""}),
                     ("link", {"platform": "x", "url": "https://x.com/VPInitiative", "label": ""}),
                     ("link", {"platform": "youtube", "url": "https://www.youtube.com/@voluntaryprinciples",
                               "label": ""})],
    "note": "© Voluntary Principles Initiative. Demo content for the VPI CMS.",
}

HOME = {
    "working_groups_intro": "Working groups in countries from Chile to Mozambique bring companies, governments "
                            "and civil society together around local security and human rights challenges.",
    "about_title": "About the Initiative",
    "about_text": "<p>The Voluntary Principles on Security and Human Rights guide companies on keeping their "
                  "operations secure while respecting human rights. The Voluntary Principles Initiative brings "
                  "together over 75 Members and Observers (governments, companies and non-governmental "
                  "organisations) to share good practice and support implementation. "
                  "[[the-initiative|Read more about the Initiative]].</p>",
    "pinned": [CHILE_SLUG],
    "featured_resources": ["vps-101", "guidance-human-rights-defenders",
                           "igt-companion-tool-women-and-disadvantaged-groups", "training-course"],
}

STANDARD_PAGES = [
    {
        "slug": "about-the-principles",
        "title": "The Voluntary Principles",
        "intro": "Agreed in December 2000, the Voluntary Principles guide extractive and energy companies on "
                 "keeping their operations secure in a way that respects human rights.",
        "body": [
            p("The Principles were drawn up by the US State Department, the UK Foreign and Commonwealth Office, "
              "extractive and energy companies, and human rights, labour and corporate responsibility NGOs. "
              "[[voluntary-principles|Read the text]]."),
            h("Introduction"),
            p("Security is a basic need shared by all, and security and human rights can and should go "
              "together. Governments bear the primary responsibility for protecting human rights, and all "
              "parties to a conflict must respect international humanitarian law."),
            h("Risk assessment"),
            p("Companies should assess the security risks around their operations, and the potential for human "
              "rights abuses, accurately and regularly: political, economic and social risk factors, the "
              "likelihood of violence, the human rights records of security forces and local actors, the "
              "capacity of local prosecutors and courts, the root causes of local conflict, and the risk that "
              "equipment given to security forces is misused."),
            h("Interactions between companies and public security"),
            p("Governments lead on law and order, but companies should work to ensure that public security "
              "protecting their operations respects human rights and international standards for law "
              "enforcement. That means regular consultation with host governments and communities, transparent "
              "arrangements, proportionate deployments of trained personnel that exclude known abusers, lawful "
              "and accounted-for support, and recording, reporting and pressing for investigation of alleged "
              "abuses."),
            h("Interactions between companies and private security"),
            p("Where host governments cannot or will not provide adequate security, companies may hire private "
              "providers. They should act only preventively and defensively, screen their staff, use no more "
              "force than is strictly necessary and proportionate, and record, report and investigate "
              "incidents. Companies should write the Principles into contracts, monitor providers and end "
              "contracts where there is credible evidence of abuse."),
        ],
    },
    {
        "slug": "the-initiative",
        "title": "The Initiative",
        "intro": "Governments, companies and NGOs, with observers, working together to implement the Voluntary "
                 "Principles.",
        "body": [
            h("Members"),
            p("The Initiative has three pillars (governments, companies and non-governmental organisations) "
              "and observers: international organisations and industry associations. Companies that extract, "
              "harvest or develop natural resources or energy can apply, as can NGOs that advance human rights "
              "or other norms relevant to the Principles. Individuals, consulting firms, security companies and "
              "educational institutions cannot join."),
            p("New members join as Engaged Members and become Full Members once they have shown their "
              "implementation efforts; a government first develops a National Action Plan."),
            h("How to apply"),
            p("Applications open twice a year, in March and September, and are sent in English to "
              f'<a href="mailto:{APPLICATIONS_EMAIL}">{APPLICATIONS_EMAIL}</a>. '
              "[[admission-frameworks|The admission frameworks]] set out the criteria for each category."),
            h("Governance"),
            p("A Steering Committee with members from all three pillars governs the Initiative. An annual "
              "Plenary of all members admits new members and hands over the rotating government Chair: the "
              "United Kingdom took over from the United States in March 2025. The Voluntary Principles "
              "Association, a not-for-profit registered in the Netherlands, handles administration and "
              "finance, and a Secretariat runs day-to-day business. "
              "[[governance-rules|The Governance Rules]] date from 2011."),
        ],
    },
    {
        "slug": "contact",
        "title": "Contact",
        "intro": "How to reach the VPI Secretariat, about working groups, membership or anything else.",
        "body": [
            ("contact", {"name": "VPI Secretariat", "role": "In-Country Working Groups and general enquiries",
                         "email": SECRETARIAT_EMAIL, "phone": ""}),
            ("contact", {"name": "Membership applications", "role": "Applications open in March and September",
                         "email": APPLICATIONS_EMAIL, "phone": ""}),
        ],
    },
]
