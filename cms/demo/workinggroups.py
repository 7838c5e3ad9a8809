"""Demo working-group profiles: one per entry of vpi_domain.yaml (working_groups), keyed on slug.

Only what the source supports is stated; where a required choice (type, status) or another fact
is not confirmed, the profile's data_note says so. Indonesia and Kenya, for which no working group
is confirmed, are kept as unpublished drafts so that nothing public claims one exists.
"""

from cms.demo import snippets as org

VPI, PARTNER = "vpi", "partner"
FORMING, ACTIVE, CLOSED = "forming", "active", "closed"
SECRETARIAT = ("VPI Secretariat", "Bann.Tabbara@voluntaryprinciples.org")


def objectives(heading, items):
    return [("heading", {"text": heading, "level": "h2"}), ("list", items)]


def text(*paragraphs):
    return [("paragraph", f"<p>{p}</p>") for p in paragraphs]


PROFILES = [
    {
        "slug": "chile", "title": "Chile In-Country Working Group", "country": "CL", "scope": "",
        "type": VPI, "status": ACTIVE, "launch_date": "2024-09-05",
        "summary": "The newest VPI working group, launched in Santiago in September 2024 to help companies, "
                   "government and civil society in Chile put the Voluntary Principles into practice together.",
        "supporting": [org.UK, org.CANADA],
        "counts": {"companies_count": 9, "government_count": 7, "civil_society_count": 5},
        "activities": objectives("Objectives", [
            "Build on-the-ground capacity to identify and act jointly on local security and human rights "
            "challenges",
            "Facilitate country-level implementation of the Voluntary Principles through multi-stakeholder "
            "dialogue and collaboration",
        ]) + text(
            "The VPI Steering Committee approved the group in early 2024 after consulting Members. The criteria "
            "included a strong presence and commitment of VPI Members in Chile, the presence of civic space and "
            "the potential for positive impact.",
            "Around 30 stakeholders attended the launch: nine mining and energy companies; seven government "
            "departments, including the Ministry of Mines, the Ministry of Foreign Affairs and the Carabineros "
            "(the national police); and five civil society organisations working on business and human "
            "rights, indigenous rights and academia.",
        ),
        "contact": SECRETARIAT,
        "resources": ["vps-101", "guidance-human-rights-defenders"],
        "data_note": "Participant numbers are those represented at the launch on 5 September 2024. The "
                     "governments of the United Kingdom (host of the launch) and Canada supported the launch; "
                     "the group's convenor or secretariat has not been published.",
    },
    {
        "slug": "brazil", "title": "Brazil In-Country Working Group (planned)", "country": "BR", "scope": "",
        "type": VPI, "status": FORMING,
        "summary": "A planned VPI working group. In 2022 the VPI commissioned a stakeholder mapping and "
                   "feasibility study for creating it.",
        "activities": text(
            "The VPI invited proposals, with a deadline of 26 January 2022, for a consultancy to map Brazilian "
            "stakeholders (national, state and local government among them) and assess whether a VPI "
            "working group in Brazil is feasible.",
        ),
        "contact": SECRETARIAT,
        "data_note": "Planned. No launch of the group has been confirmed; its members and convenor are not "
                     "known.",
    },
    {
        "slug": "peru-lima", "title": "Lima Partner In-Country Working Group", "country": "PE", "scope": "Lima",
        "type": PARTNER, "status": ACTIVE, "launch_year": 2010,
        "summary": "Founded in 2010 by NGOs, companies and diplomatic missions amid growing social conflict, the "
                   "Lima group brings the State, companies and civil society together, with embassies and "
                   "international cooperation bodies as observers.",
        "activities": objectives("Objectives", [
            "Disseminate and train on the Voluntary Principles and the UN Guiding Principles on Business and "
            "Human Rights",
            "Promote multi-stakeholder dialogue based on both sets of principles",
            "Support their implementation through Peru's National Action Plan",
        ]) + [("heading", {"text": "Activities", "level": "h2"}),
              ("list", ["Dissemination and analysis of information", "Training", "Discussions", "Studies",
                        "Advocacy", "Sharing experience"])] + text(
            "Its public documents include a Peruvian model to promote security and human rights (in Spanish). "
            "In February 2017 the Netherlands Embassy in Lima hosted a meeting of the group on private "
            "security with 36 participants.",
        ),
        "resources": ["fact-sheet-governments"],
        "data_note": "The group's convenor or secretariat is not published. The Peruvian university institute "
                     "IDEHPUCP refers to it as the Grupo de Trabajo sobre Empresas y Derechos Humanos – "
                     "Principios Voluntarios y Principios Rectores.",
    },
    {
        "slug": "peru-cusco", "title": "Cusco Partner In-Country Working Group", "country": "PE",
        "scope": "Cusco", "type": PARTNER, "status": ACTIVE,
        "summary": "A partner working group in Cusco whose vision is good governance in promoting and "
                   "implementing the Voluntary Principles.",
        "activities": text("The group's stated vision is to ensure adequate governance in promoting and "
                           "implementing the Voluntary Principles."),
        "data_note": "Only the group's vision is confirmed: its founding date, convenor, members and "
                     "activities are not. Its status is assumed from its listing on the VPI's Peru page.",
    },
    {
        "slug": "drc-haut-katanga-lualaba-kongo-central",
        "title": "Haut-Katanga, Lualaba and Kongo Central Partner In-Country Working Group",
        "country": "CD", "scope": "Haut-Katanga, Lualaba and Kongo Central", "type": PARTNER, "status": ACTIVE,
        "summary": "A partner working group in the DRC's industrial mining regions, led by the NGO Justicia, "
                   "that works to improve mining, gas and oil supply chains through good security and human "
                   "rights practice.",
        "convenor": org.JUSTICIA,
        "activities": [("heading", {"text": "Activities", "level": "h2"}), ("list", [
            "Dialogue among government, companies and civil society, in meetings and field visits",
            "Advocacy with judicial authorities so that the Principles are considered in cases of mine "
            "security incidents",
            "Training police officers on security and human rights",
            "Advising companies on good practice",
            "Monitoring the security and human rights situation at mining, oil and gas sites",
        ])],
        "data_note": "The founding date is not confirmed: DCAF reports multi-stakeholder groups in Lubumbashi "
                     "since as early as 2006, supported by DCAF since 2017.",
    },
    {
        "slug": "drc-south-kivu", "title": "South Kivu Partner In-Country Working Group", "country": "CD",
        "scope": "South Kivu", "type": PARTNER, "status": ACTIVE, "launch_year": 2018,
        "summary": "Set up in 2018 under a DCAF project with the local NGO OGP, the South Kivu group works for "
                   "responsible mineral production and trade, free of insecurity and rights violations, "
                   "through dialogue.",
        "convenor": org.OGP, "supporting": [org.NETHERLANDS],
        "activities": text(
            "Government agencies, communities, companies and security providers take part. The pilot phase ran "
            "from July 2018 to December 2020, with case studies at the Nyabibwe, Bitale and Twangiza mining "
            "sites.",
        ),
        "resources": ["south-kivu-lessons-learnt"],
        "data_note": "The Netherlands Embassy funded the DCAF project under which the group was set up. Its "
                     "activity after the 2020 pilot phase is not confirmed.",
    },
    {
        "slug": "drc-kinshasa", "title": "Kinshasa Voluntary Principles Working Group", "country": "CD",
        "scope": "Kinshasa", "type": PARTNER, "status": ACTIVE,
        "summary": "A national-level working group in Kinshasa, consulted in 2022 on the DRC government's "
                   "application to join the VPI.",
        "activities": text(
            "On 3 March 2022 the group was consulted on the DRC government's application to the VPI, led by "
            "the Ministry of Human Rights with the ministries of Mines and Hydrocarbons. The DRC applied on "
            "31 March 2022 and the Plenary admitted it as an Engaged Government Member on 26 May 2023.",
        ),
        "data_note": "Not confirmed: whether this is a VPI or a partner group, when it was founded and whether "
                     "it is still active.",
    },
    {
        "slug": "mozambique-maputo", "title": "Maputo Partner In-Country Working Group", "country": "MZ",
        "scope": "Maputo", "type": PARTNER, "status": ACTIVE, "launch_year": 2021,
        "summary": "Mozambique's national working group, active since 2021, led by the Ministry of Justice and "
                   "coordinated by CDD, with technical advice from DCAF.",
        "convenor": org.CDD,
        "activities": [("paragraph", "<p>The group's mission is to advance responsible and secure operations "
                                     "of multinational companies, to identify security and human rights risks "
                                     "better and to find solutions together.</p>"),
                       ("heading", {"text": "Activities", "level": "h2"}),
                       ("list", ["Regular training and capacity building on the Voluntary Principles for "
                                 "government, civil society and local communities",
                                 "Workshops and conferences on security and human rights, and knowledge "
                                 "sharing"])],
        "resources": ["mozambique-baseline-preliminary-findings"],
        "data_note": "Sources differ on the start: an agreement establishing the group was concluded on 14 July "
                     "2021 and DCAF dates its launch to November 2021. The Ministry of Justice leads the group; "
                     "CDD, shown as convenor, coordinates it.",
    },
    {
        "slug": "mozambique-cabo-delgado", "title": "Cabo Delgado Partner In-Country Working Group",
        "country": "MZ", "scope": "Cabo Delgado", "type": PARTNER, "status": ACTIVE,
        "launch_date": "2022-03-31",
        "summary": "The technical working group for Cabo Delgado, launched in Pemba in March 2022, bringing "
                   "international extractive companies, provincial government and civil society together.",
        "convenor": org.CDD,
        "activities": [("heading", {"text": "Activities", "level": "h2"}),
                       ("list", ["Discussing the findings of the baseline study",
                                 "Dialogue on security and human rights at operational level",
                                 "Setting thematic priorities"])],
        "resources": ["mozambique-baseline-preliminary-findings"],
        "data_note": "Led by the Ministry of Justice, coordinated by CDD (shown as convenor) with technical "
                     "advice from DCAF. The VPI's page dates the Mozambique groups' activity from 2021.",
    },
    {
        "slug": "nigeria", "title": "Nigeria In-Country Working Group", "country": "NG", "scope": "",
        "type": VPI, "status": ACTIVE,
        "summary": "Also known as the Nigeria National Working Group on the Voluntary Principles, co-chaired by "
                   "LITE-Africa and the Swiss Embassy in Abuja; it trains officials and security personnel and "
                   "coordinates across pillars.",
        "convenor": org.LITE_AFRICA, "supporting": [org.SWITZERLAND],
        "activities": [("heading", {"text": "Activities", "level": "h2"}), ("list", [
            "Advocacy",
            "Coordination across the government, company and civil society pillars",
            "Training on the Voluntary Principles for government officials and public and private security "
            "personnel",
            "Identifying focal officers for the Principles in government bodies",
            "A national baseline and scoping study with DCAF",
        ])] + text("Community leaders from Owaza (Abia State) and Ibeno (Akwa Ibom State) joined the group in "
                   "March 2022. The Voluntary Principles Association gave it one year of core funding in "
                   "2019–2020."),
        "resources": ["nigeria-national-baseline-assessment", "lite-africa-report-2017"],
        "data_note": "Whether this is a VPI or a partner group is not stated in the sources; the VPA's core "
                     "funding suggests VPI support. It was called a pilot working group in February 2018; its "
                     "founding year is not known. Co-chairs as of April 2021.",
    },
    {
        "slug": "ghana", "title": "Ghana In-Country Working Group", "country": "GH", "scope": "",
        "type": PARTNER, "status": ACTIVE, "launch_year": 2017,
        "summary": "Founded in 2017 and meeting quarterly in Accra, the Ghana group discusses security and human "
                   "rights in the natural resource sector and supports the government's work on the Principles.",
        "meeting_rhythm": "Quarterly, in Accra",
        "activities": [("heading", {"text": "Activities", "level": "h2"}), ("list", [
            "Discussing key security and human rights issues in Ghana's natural resource sector",
            "Supporting government programmes and policy related to the Principles",
            "Sharing lessons and implementation success stories",
        ])] + text("Ghana joined the VPI in April 2014, the first African government to do so. Before the "
                   "group, the Fund for Peace and WANEP-Ghana ran a programme of national dialogues in Accra."),
        "resources": ["ghana-final-project-report"],
        "data_note": "Whether this is a VPI or a partner group is not stated in the sources, nor is its "
                     "convenor. Participant lists published so far are from national dialogues, not a roster "
                     "of the group.",
    },
    {
        "slug": "colombia", "title": "Mining and Energy Committee on Security and Human Rights (CME)",
        "country": "CO", "scope": "", "type": PARTNER, "status": ACTIVE, "launch_year": 2003,
        "summary": "Colombia's permanent platform on security and human rights: begun in 2003 as the national "
                   "committee for implementing the Voluntary Principles and renamed CME in 2008.",
        "activities": text(
            "The CME has 28 members: oil, mining and energy companies; national government bodies, including "
            "the Ministry of Defence; civil society and academia; business associations; embassies and "
            "international organisations. A board elected by its General Assembly runs it, and it is funded "
            "by company fees and grants.",
        ) + [("heading", {"text": "Activities", "level": "h2"}), ("list", [
            "Influencing public policy and producing knowledge, tools and practice on security and human "
            "rights due diligence",
            "Recommending how companies can support human rights and humanitarian law training in the defence "
            "sector",
        ])],
        "resources": ["colombia-implementation-process", "national-level-implementation-guidance-note"],
        "data_note": "Presumed to be a partner group; not confirmed. The member count is from a DCAF case study "
                     "and is undated.",
    },
    {
        "slug": "myanmar", "title": "Myanmar In-Country Working Group", "country": "MM", "scope": "",
        "type": VPI, "status": CLOSED,
        "summary": "A pilot working group, with the Myanmar Centre for Responsible Business as secretariat from "
                   "2018, wound up in February 2022 after member companies announced their withdrawal from "
                   "Myanmar.",
        "convenor": org.MCRB,
        "activities": text(
            "Myanmar was chosen as one of three pilot countries in 2016. The group held eight meetings, "
            "commissioned a baseline study of the private security sector and had the Principles and a fact "
            "sheet translated into Burmese. It was wound up at its meeting of 9 February 2022.",
        ),
        "resources": ["myanmar-private-security-study", "voluntary-principles"],
        "data_note": "Shown as a VPI group because the VPI chose Myanmar as a pilot country; the sources call it "
                     "a pilot in-country implementation group.",
    },
    {
        "slug": "argentina", "title": "Argentina (prospective)", "country": "AR", "scope": "",
        "type": VPI, "status": FORMING,
        "summary": "A prospective group: in November 2024 the VPI sought proposals for a stakeholder mapping "
                   "report in Argentina.",
        "activities": text("The VPI's call for proposals for a stakeholder mapping report in Argentina was "
                           "announced on 11 November 2024."),
        "contact": SECRETARIAT,
        "data_note": "No working group exists yet; this profile follows the stakeholder mapping. Argentina "
                     "announced its intention to join the VPI at a plenary in Bogotá (year not confirmed).",
    },
    {
        "slug": "indonesia", "title": "Indonesia (historical in-country process)", "country": "ID", "scope": "",
        "type": PARTNER, "status": CLOSED, "draft": True,
        "summary": "An earlier in-country process for the Voluntary Principles in Indonesia, drawn on by the "
                   "2011 national-level implementation guidance.",
        "activities": text("In 2010 the UK Embassy supported the Indonesia Centre for Ethics in raising "
                           "awareness of the Principles."),
        "resources": ["national-level-implementation-guidance-note"],
        "data_note": "Draft, not published: no working-group profile for Indonesia was found. Type and status "
                     "are placeholders.",
    },
    {
        "slug": "kenya", "title": "Kenya", "country": "KE", "scope": "", "type": PARTNER, "status": FORMING,
        "draft": True,
        "summary": "No Kenya working group is confirmed; a DCAF case study covers public security training in "
                   "Kenya.",
        "data_note": "Draft, not published: no Kenya working group is confirmed. Type and status are "
                     "placeholders.",
    },
]
