"""Demo news releases, keyed on slug. The Chile launch release is the VPI's own text, in full;
the others paraphrase the dated items of vpi_domain.yaml (news) and say no more than it does.

In paragraphs, [[slug|text]] links to the demo page with that slug (resolved by the loader).
"""

SECRETARIAT_EMAIL = "Bann.Tabbara@voluntaryprinciples.org"


def p(html):
    return ("paragraph", f"<p>{html}</p>")


def h(text_, level="h2"):
    return ("heading", {"text": text_, "level": level})


CHILE_SLUG = "vpi-launches-working-group-in-chile"

CHILE = {
    "slug": CHILE_SLUG,
    "title": "VPI Launches Working Group in Chile to Strengthen Local Security and Human Rights Practices",
    "date": "2024-09-05", "dateline": "Santiago, Chile", "kind": "release",
    "summary": "The Voluntary Principles Initiative launched its new In-Country Working Group in Chile in "
               "Santiago, with around 30 company, government and civil society participants.",
    "image": ("Launch of the Chile In-Country Working Group", "Santiago, Chile · 5 September 2024",
              "Placeholder picture with the words Santiago, Chile, 5 September 2024."),
    "topics": ["in-country-implementation"],
    "working_groups": ["chile"],
    "resources": ["vps-101", "guidance-human-rights-defenders"],
    "body": [
        p("On September 5, 2024, the Voluntary Principles Initiative (VPI) formalized the launch of its new "
          "In-Country Working Group (ICWG) in Chile, marking another important step forward in the ongoing "
          "efforts to support on-the-ground implementation of the Voluntary Principles on Security and Human "
          "Rights (VPSHR)."),
        p("The launch event was held in Santiago, the capital city of Chile, with the support of the Government "
          "of the United Kingdom, who hosted the event, and the Government of Canada."),
        p("The event brought together a diverse range of around 30 stakeholders who shared a strong commitment "
          "and interest in advancing security-related human rights best practices across Chile. Among them were "
          "representatives from nine mining and energy companies; seven government departments including the "
          "Chilean Ministry of Mines, the Ministry of Foreign Affairs, and the Carabineros (the National "
          "Police); and five civil society organizations including NGOs working in business and human rights, "
          "indigenous rights, and academia."),
        p("The newest addition to the network of VPI and Partner ICWGs around the world, the Chile ICWG is "
          "established with the objective of building on-the-ground capacity to identify and act jointly on "
          "local in-country challenges and human rights. The Chile ICWG will seek to facilitate country-level "
          "implementation of the VPSHR through multi-stakeholder dialogue and collaboration."),
        p("In early 2024, the VPI Steering Committee approved the creation of the working group in Chile after "
          "thorough consultation with VPI Members. The decision to create the Chile ICWG was thus made based on "
          "a set of criteria, which included a strong presence and commitment of VPI Members in Chile, the "
          "presence of a civic space, and the potential for significant positive impact in the country, among "
          "others."),
        p("The event was opened by the Deputy Head of Mission from the British government, Nicholas Kennedy, "
          "who welcomed the initiative in his remarks:"),
        ("quote", {
            "quote": "We hope that this Working Group will be a forum through which Chile might, in time, choose "
                     "to become a full Member of the VPI, joining regional partners like Argentina and Colombia. "
                     "The United Kingdom and the other member governments of the VPI would warmly welcome Chile "
                     "aboard.",
            "attribution": "Nicholas Kennedy",
            "role": "Deputy Head of Mission, British Government",
        }),
        p("The launch event also featured a series of information sessions such as presentations on the VPSHR "
          "and the ICWGs, and ended with a discussion, where participants shared their views on the most "
          "pressing issues related to the respect for human rights in security operations in the Chilean "
          "extractive sector, and challenges related to managing community relations. Participants expressed "
          "their strong support for the opportunity to work in a multistakeholder setting and engage in the "
          "Working Group."),
        p("Hard copies of useful resources in Spanish were also available, such as "
          "“[[vps-101|10 Steps to Maintain Security in Compliance with Human Rights]]” (also known as "
          "“VPs 101”) and “[[guidance-human-rights-defenders|Guidance on Respecting the Rights of Human Rights "
          "Defenders]]”."),
        p("The VPI welcomes stakeholders in Chile with relevant expertise in security and human rights to join "
          "the working group. If you are interested to participate, or if you have any questions regarding the "
          "Chile ICWG or other ICWGs, please contact the VPI Secretariat at "
          f'<a href="mailto:{SECRETARIAT_EMAIL}">{SECRETARIAT_EMAIL}</a>'),
        ("contact", {"name": "VPI Secretariat", "role": "Chile In-Country Working Group enquiries",
                     "email": SECRETARIAT_EMAIL, "phone": ""}),
        h("About the In-Country Working Groups"),
        p("The VPI actively creates and financially supports a number of In-Country Working Groups, with a goal "
          "of their achieving financial sustainability over time. Working groups meet regularly but also plan "
          "and implement agreed-upon activities such as raising awareness and strengthening local capacity, "
          "surveying and reporting on local baselines, developing tools and approaches to support local needs. "
          "Ultimately, In-Country Working Groups seek to continuously improve their promotion of and respect "
          "for human rights in the context of their security practices and will make every effort to prevent "
          "conflict."),
        p("Other Working Groups not created by the Voluntary Principles Initiative, called Partner In-Country "
          "Working Groups, conduct relevant work to promote best practices in a local context, on a national, "
          "sub-national or regional levels."),
        p("Today, there are active VPI and Partner In-Country Working Groups in Brazil, Colombia, Democratic "
          "Republic of Congo, Ghana, Mozambique, Nigeria, Peru, and now in Chile. More information on the "
          "ICWGs is available on our [[working-groups|Implementation page]]"),
        h("About the Voluntary Principles"),
        p("The Voluntary Principles on Security and Human Rights are an internationally recognized set of "
          "principles that guide companies on how to conduct their security operations while ensuring respect "
          "for human rights. To promote implementation of the Principles, the Voluntary Principles Initiative "
          "(VPI) was created. The Initiative comprises over 75 Members and Observers including companies, "
          "governments, and non-governmental organizations that share best practices and mutually support the "
          "implementation of the Principles."),
        ("call_to_action", {"heading": "Need more information?", "text": "", "button_label": "Contact us",
                            "page": "contact", "url": ""}),
    ],
}

RELEASES = [
    CHILE,
    {
        "slug": "vpi-participates-in-mission-to-mozambique",
        "title": "VPI Participates in Multistakeholder Mission to Mozambique",
        "date": "2025-12-16", "dateline": "Maputo and Pemba, Mozambique", "kind": "event_report",
        "summary": "The VPI Secretariat joined a multistakeholder mission to Maputo and Pemba, during which "
                   "Mozambique reaffirmed its commitment to the Voluntary Principles.",
        "topics": ["in-country-implementation"],
        "working_groups": ["mozambique-maputo", "mozambique-cabo-delgado"],
        "body": [
            p("The VPI Secretariat took part in a mission to Maputo and Pemba organised by CDD and DCAF, with "
              "support from the United Kingdom and Switzerland."),
            p("During the mission, Mozambique reaffirmed its commitment to the Voluntary Principles and its work "
              "towards a National Action Plan, the step new government members take before becoming Full "
              "Members."),
        ],
    },
    {
        "slug": "membership-application-window-september-2025",
        "title": "Membership Application Window is Open Until September 15, 2025",
        "date": "2025-07-15", "dateline": "", "kind": "release",
        "summary": "Companies, governments, NGOs and observers can apply to join the VPI until 15 September 2025. "
                   "The admission framework for NGOs has been updated.",
        "topics": ["membership"], "resources": ["admission-frameworks"],
        "body": [
            p("The VPI invites applications in its Corporate, Government, NGO and Observer categories until 15 "
              "September 2025. Applications, in English, go to "
              '<a href="mailto:applications@voluntaryprinciples.org">applications@voluntaryprinciples.org</a>.'),
            p("The Framework for the Admission of New NGOs has been updated with a clearer definition of an NGO. "
              "Companies eligible to join are those extracting, harvesting or developing natural resources or "
              "energy; observers are international organisations and industry associations."),
            p("New members join as Engaged Members and become Full Members once they have shown their "
              "implementation efforts."),
        ],
    },
    {
        "slug": "2025-annual-plenary",
        "title": "2025 Annual Plenary: A Global Gathering on Security and Human Rights",
        "date": "2025-04-02", "dateline": "London, United Kingdom", "kind": "event_report",
        "summary": "Around 140 people from 27 countries met in London for the VPI's 2025 Plenary, which admitted "
                   "new members and saw the United Kingdom take over as Chair.",
        "topics": ["governance", "membership"],
        "body": [
            p("The VPI held its 2025 Annual Plenary in London from 18 to 21 March, with around 140 attendees "
              "from 27 countries."),
            p("The Plenary admitted new members, among them Endeavour Mining as a Full Corporate Member, OMV as "
              "an Engaged Corporate Member, FOCONE as a Full NGO Member, and Jamaa Resource Initiatives and "
              "Justicia ASBL as Engaged NGO Members."),
            p("The United Kingdom took over as Chair from the United States, which had chaired the Initiative "
              "for two terms since 2023."),
        ],
    },
    {
        "slug": "membership-application-window-march-2025",
        "title": "VPI Membership Application Window is Open Until March 31, 2025",
        "date": "2025-01-16", "dateline": "", "kind": "release",
        "summary": "Applications to join the VPI are open until 31 March 2025, with a new admission process for "
                   "corporate applicants that focuses on security and human rights risks.",
        "topics": ["membership"], "resources": ["admission-frameworks"],
        "body": [
            p("The VPI is accepting membership applications until 31 March 2025."),
            p("Corporate applicants now go through a new admission process focused on the security and human "
              "rights risks of their operations."),
        ],
    },
    {
        "slug": "stakeholder-mapping-argentina",
        "title": "Request for Proposals: Stakeholder Mapping in Argentina",
        "date": "2024-11-11", "dateline": "", "kind": "release",
        "summary": "The VPI is seeking proposals for a stakeholder mapping report in Argentina.",
        "topics": ["in-country-implementation"], "working_groups": ["argentina"],
        "body": [p("The VPI invites proposals for a stakeholder mapping report in Argentina.")],
    },
    {
        "slug": "membership-application-window-september-2024",
        "title": "VPI Membership Application Window is Open Until September 15, 2024",
        "date": "2024-07-05", "dateline": "", "kind": "release",
        "summary": "Applications to join the VPI are open until 15 September 2024: who can apply, the admission "
                   "frameworks and the benefits of membership.",
        "topics": ["membership"], "resources": ["admission-frameworks"],
        "body": [
            p("The VPI is accepting membership applications until 15 September 2024."),
            p("Companies, governments and NGOs can become members, and international organisations and industry "
              "associations observers. Individuals, consulting firms, security companies and educational "
              "institutions cannot join."),
        ],
    },
    {
        "slug": "2024-annual-plenary-welcomes-new-members",
        "title": "VPI 2024 Annual Plenary Welcomes New Members",
        "date": "2024-05-30", "dateline": "Washington, DC, United States", "kind": "event_report",
        "summary": "The 2024 Plenary, held near Washington DC, admitted a record seven Engaged and three Full "
                   "Members; the United States continued as Chair.",
        "topics": ["governance", "membership"],
        "body": [
            p("The VPI's 2024 Annual Plenary met in the Washington DC area from 13 to 17 May."),
            p("It admitted a record seven Engaged Members and three Full Members. The United States continued as "
              "Chair."),
        ],
    },
    {
        "slug": "vpi-welcomes-mozambique-as-an-engaged-member",
        "title": "VPI Welcomes Mozambique as an Engaged Member",
        "date": "2024-05-30", "dateline": "", "kind": "release",
        "summary": "Mozambique has joined the VPI as an Engaged Member, the third African government in the "
                   "Initiative.",
        "topics": ["membership"], "working_groups": ["mozambique-maputo", "mozambique-cabo-delgado"],
        "body": [
            p("Mozambique is now an Engaged Member of the VPI, the third African government to join the "
              "Initiative."),
            p("New government members develop a National Action Plan before they become Full Members. The "
              "Initiative counts over 75 Members and Observers."),
        ],
    },
    {
        "slug": "new-resources-to-protect-human-rights-defenders",
        "title": "Voluntary Principles Initiative Launches New Resources to Strengthen Protection of Human "
                 "Rights Defenders",
        "date": "2023-12-10", "dateline": "", "kind": "release",
        "summary": "On Human Rights Day the VPI published guidance on respecting the rights of human rights "
                   "defenders, alongside a LITE-Africa report on defenders in Africa.",
        "topics": ["human-rights-defenders"],
        "resources": ["guidance-human-rights-defenders", "human-rights-defenders-in-africa"],
        "body": [
            p("On Human Rights Day, the VPI launched "
              "[[guidance-human-rights-defenders|Guidance on Respecting the Rights of Human Rights Defenders]]. "
              "It helps companies identify and address risks to defenders in risk assessment, community "
              "engagement and relations with security forces and host governments, and recommends zero "
              "tolerance of threats against them."),
            p("LITE-Africa, a VPI Member, published "
              "[[human-rights-defenders-in-africa|Understanding the Unique Situation of Human Rights Defenders "
              "in Africa]] at the same time, with testimonies and practical recommendations."),
        ],
    },
    {
        "slug": "igt-companion-tool-launch",
        "title": "New Tool on Operationalizing the VPs Through the Lens of Protecting the Rights of Women and "
                 "Other Disadvantaged Groups",
        "date": "2023-10-03", "dateline": "", "kind": "release",
        "summary": "A companion to the Implementation Guidance Tools helps companies identify and respond to "
                   "security-related risks for women and other groups at heightened risk.",
        "topics": ["women-and-disadvantaged-groups"],
        "resources": ["igt-companion-tool-women-and-disadvantaged-groups", "implementation-guidance-tools"],
        "body": [
            p("The VPI has published the "
              "[[igt-companion-tool-women-and-disadvantaged-groups|IGT Companion Tool]], with concepts, steps, "
              "case studies and tools for risks facing women, children, Indigenous Peoples and other groups, "
              "including in conflict settings."),
            p("The tool was written by Stratos and IMPACT and funded by Global Affairs Canada."),
        ],
    },
    {
        "slug": "strategic-evaluation-launch",
        "title": "Voluntary Principles Initiative Launches Strategic Evaluation",
        "date": "2022-05-02", "dateline": "", "kind": "release",
        "summary": "A six-member commission, supported by Avanzar LLC, will review the VPI's strategy, "
                   "membership, member satisfaction and governance.",
        "topics": ["governance"],
        "body": [
            p("The VPI has launched a strategic evaluation led by a commission of six: Anita Ramasastry, "
              "Jonathan Drimmer, Yadaira Orsini, Anton Mifsud Bonnici, J.J. Messner de Latour and Luz Stella "
              "Páez, supported by the consultancy Avanzar LLC."),
            p("The commission will review the Initiative's strategy, membership, member satisfaction and "
              "governance."),
        ],
    },
    {
        "slug": "insights-from-the-nigeria-icwg",
        "title": "Insights from the Nigeria In-Country Working Group",
        "date": "2021-04-10", "dateline": "", "kind": "release",
        "summary": "Co-chaired by LITE-Africa and the Swiss Embassy, the Nigeria working group kept up advocacy "
                   "and training under core funding from the Voluntary Principles Association despite COVID-19.",
        "topics": ["in-country-implementation", "training"], "working_groups": ["nigeria"],
        "resources": ["nigeria-national-baseline-assessment"],
        "body": [
            p("The Nigeria In-Country Working Group, co-chaired by LITE-Africa and the Swiss Embassy in Abuja, "
              "continued its advocacy and training despite COVID-19, with a year of core funding from the "
              "Voluntary Principles Association."),
            p("Its work included training on the Principles for government officials and public and private "
              "security personnel, and coordination across the government, company and civil society pillars."),
        ],
    },
    {
        "slug": "joint-statement-on-policing-and-human-rights",
        "title": "Joint Statement on Policing and Respect for Human Rights",
        "date": "2020-07-10", "dateline": "", "kind": "statement",
        "summary": "Corporate and NGO members of the VPI draw on their experience with the Voluntary Principles "
                   "to set out what supports human rights in policing.",
        "topics": ["public-security"], "resources": ["joint-statement-on-policing"],
        "body": [
            p("Corporate and NGO members of the VPI have issued a "
              "[[joint-statement-on-policing|joint statement on policing and respect for human rights]]."),
            p("Drawing on the practice of the Voluntary Principles, it points to risk assessment, attention to "
              "vulnerable groups and accountability as foundations of police human rights performance."),
        ],
    },
    {
        "slug": "oecd-announced-as-new-observer",
        "title": "OECD Announced as New Observer",
        "date": "2019-10-04", "dateline": "", "kind": "release",
        "summary": "The OECD has joined the VPI as an Observer.",
        "topics": ["membership"],
        "body": [
            p("The OECD has joined the Voluntary Principles Initiative as an Observer."),
            p("With it, the Initiative counts 10 government, 29 corporate and 15 NGO members and 9 observers."),
        ],
    },
]
