"""Spanish demo translations, made through wagtail-localize exactly as a translator's work would be.

`load_demo_translations()` submits the home page, the section indexes, the Chile release, every
published working-group profile, the key resources and the snippets they use for translation,
fills each segment from SPANISH (keyed on the English source text, so a changed English text is
simply left for a translator), then saves and publishes the translation. A translation with a
missing segment is saved as a draft, never published half in English. Strings a person already
translated are never overwritten. Pages the English demo does not have are skipped with a note.
"""

from django.db import transaction
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from cms.models import Organisation, Topic

TOOL_NAME = "load_demo_translations"
TARGET_LANGUAGE = "es"

SECTION_SLUGS = ["news", "working-groups", "resources"]
RELEASE_SLUGS = ["vpi-launches-working-group-in-chile"]
RESOURCE_SLUGS = ["voluntary-principles", "vps-101", "guidance-human-rights-defenders",
                  "igt-companion-tool-women-and-disadvantaged-groups", "training-course"]

VPI = "la Iniciativa de los Principios Voluntarios (VPI)"

# English source segment -> Spanish. Links keep their <a id="aN"> placeholders.
SPANISH = {
    # Home page
    "Voluntary Principles Initiative": "Iniciativa de los Principios Voluntarios",
    "home": "inicio",
    "Security and human rights, in practice": "Seguridad y derechos humanos, en la práctica",
    "Governments, companies and civil society working together so that security operations respect human "
    "rights.": "Gobiernos, empresas y sociedad civil trabajan juntos para que las operaciones de seguridad respeten "
               "los derechos humanos.",
    "Working groups in countries from Chile to Mozambique bring companies, governments and civil society "
    "together around local security and human rights challenges.":
        "Grupos de trabajo en países de Chile a Mozambique reúnen a empresas, gobiernos y sociedad civil en torno "
        "a los desafíos locales de seguridad y derechos humanos.",
    "About the Initiative": "Sobre la Iniciativa",
    "The Voluntary Principles on Security and Human Rights guide companies on keeping their operations secure "
    "while respecting human rights. The Voluntary Principles Initiative brings together over 75 Members and "
    "Observers (governments, companies and non-governmental organisations) to share good practice and support "
    'implementation. <a id="a1">Read more about the Initiative</a>.':
        "Los Principios Voluntarios de Seguridad y Derechos Humanos orientan a las empresas para mantener la "
        "seguridad de sus operaciones respetando los derechos humanos. La Iniciativa de los Principios "
        "Voluntarios reúne a más de 75 Miembros y Observadores (gobiernos, empresas y organizaciones no "
        "gubernamentales) para compartir buenas prácticas y apoyar su aplicación. "
        '<a id="a1">Más información sobre la Iniciativa</a>.',

    # Section indexes
    "News": "Noticias",
    "news": "noticias",
    "News releases, statements and event reports from the Voluntary Principles Initiative.":
        "Comunicados de prensa, declaraciones e informes de eventos de la Iniciativa de los Principios "
        "Voluntarios.",
    "Working groups": "Grupos de trabajo",
    "working-groups": "grupos-de-trabajo",
    "In-Country Working Groups bring governments, companies and civil society together to put the Voluntary "
    "Principles into practice locally. Some are created and supported by the VPI; partner groups are run by "
    "others and work with it.":
        "Los Grupos de Trabajo en el País reúnen a gobiernos, empresas y sociedad civil para poner en práctica "
        "los Principios Voluntarios a nivel local. Algunos los crea y apoya la VPI; los grupos asociados los "
        "dirigen otras organizaciones y colaboran con ella.",
    "Resources": "Recursos",
    "resources": "recursos",
    "Guidance, toolkits, training material, reports and governance documents, in the languages they are "
    "available in.":
        "Guías, herramientas, material de formación, informes y documentos de gobernanza, en los idiomas en que "
        "están disponibles.",

    # The Chile release
    "VPI Launches Working Group in Chile to Strengthen Local Security and Human Rights Practices":
        "La VPI lanza un Grupo de Trabajo en Chile para fortalecer las prácticas locales de seguridad y derechos "
        "humanos",
    "vpi-launches-working-group-in-chile": "la-vpi-lanza-grupo-de-trabajo-en-chile",
    "Santiago, Chile": "Santiago de Chile",
    "The Voluntary Principles Initiative launched its new In-Country Working Group in Chile in Santiago, with "
    "around 30 company, government and civil society participants.":
        "La Iniciativa de los Principios Voluntarios lanzó en Santiago su nuevo Grupo de Trabajo en el País en "
        "Chile, con unos 30 participantes de empresas, gobierno y sociedad civil.",
    "Placeholder picture with the words Santiago, Chile, 5 September 2024.":
        "Imagen provisional con las palabras Santiago, Chile, 5 de septiembre de 2024.",
    "On September 5, 2024, the Voluntary Principles Initiative (VPI) formalized the launch of its new "
    "In-Country Working Group (ICWG) in Chile, marking another important step forward in the ongoing efforts "
    "to support on-the-ground implementation of the Voluntary Principles on Security and Human Rights (VPSHR).":
        f"El 5 de septiembre de 2024, {VPI} formalizó el lanzamiento de su nuevo Grupo de Trabajo en el País "
        "(ICWG, por sus siglas en inglés) en Chile, un nuevo paso importante en los esfuerzos por apoyar la "
        "aplicación sobre el terreno de los Principios Voluntarios de Seguridad y Derechos Humanos (PVSDH).",
    "The launch event was held in Santiago, the capital city of Chile, with the support of the Government of "
    "the United Kingdom, who hosted the event, and the Government of Canada.":
        "El acto de lanzamiento se celebró en Santiago, la capital de Chile, con el apoyo del Gobierno del Reino "
        "Unido, anfitrión del evento, y del Gobierno de Canadá.",
    "The event brought together a diverse range of around 30 stakeholders who shared a strong commitment and "
    "interest in advancing security-related human rights best practices across Chile. Among them were "
    "representatives from nine mining and energy companies; seven government departments including the Chilean "
    "Ministry of Mines, the Ministry of Foreign Affairs, and the Carabineros (the National Police); and five "
    "civil society organizations including NGOs working in business and human rights, indigenous rights, and "
    "academia.":
        "El evento reunió a un grupo diverso de unas 30 partes interesadas que comparten un firme compromiso e "
        "interés en promover buenas prácticas de derechos humanos relacionadas con la seguridad en todo Chile. "
        "Entre ellas había representantes de nueve empresas mineras y energéticas; de siete organismos "
        "públicos, entre ellos el Ministerio de Minería de Chile, el Ministerio de Relaciones Exteriores y "
        "Carabineros de Chile (la policía nacional); y de cinco organizaciones de la sociedad civil, incluidas "
        "ONG que trabajan en empresas y derechos humanos, derechos indígenas y el ámbito académico.",
    "The newest addition to the network of VPI and Partner ICWGs around the world, the Chile ICWG is "
    "established with the objective of building on-the-ground capacity to identify and act jointly on local "
    "in-country challenges and human rights. The Chile ICWG will seek to facilitate country-level "
    "implementation of the VPSHR through multi-stakeholder dialogue and collaboration.":
        "Última incorporación a la red de ICWG de la VPI y asociados en todo el mundo, el ICWG de Chile se crea "
        "con el objetivo de desarrollar capacidades sobre el terreno para identificar los desafíos locales en "
        "materia de seguridad y derechos humanos y actuar conjuntamente frente a ellos. El ICWG de Chile buscará "
        "facilitar la aplicación de los PVSDH en el país mediante el diálogo y la colaboración entre múltiples "
        "partes interesadas.",
    "In early 2024, the VPI Steering Committee approved the creation of the working group in Chile after "
    "thorough consultation with VPI Members. The decision to create the Chile ICWG was thus made based on a set "
    "of criteria, which included a strong presence and commitment of VPI Members in Chile, the presence of a "
    "civic space, and the potential for significant positive impact in the country, among others.":
        "A comienzos de 2024, el Comité Directivo de la VPI aprobó la creación del grupo de trabajo en Chile "
        "tras una amplia consulta con los Miembros de la VPI. La decisión se tomó con arreglo a una serie de "
        "criterios, entre ellos una fuerte presencia y compromiso de Miembros de la VPI en Chile, la existencia "
        "de espacio cívico y el potencial de un impacto positivo significativo en el país.",
    "The event was opened by the Deputy Head of Mission from the British government, Nicholas Kennedy, who "
    "welcomed the initiative in his remarks:":
        "Inauguró el evento el Jefe Adjunto de Misión del Gobierno británico, Nicholas Kennedy, quien celebró la "
        "iniciativa en su intervención:",
    "We hope that this Working Group will be a forum through which Chile might, in time, choose to become a "
    "full Member of the VPI, joining regional partners like Argentina and Colombia. The United Kingdom and the "
    "other member governments of the VPI would warmly welcome Chile aboard.":
        "Esperamos que este Grupo de Trabajo sea un foro a través del cual Chile pueda, con el tiempo, decidir "
        "convertirse en Miembro de pleno derecho de la VPI, junto a socios regionales como Argentina y Colombia. "
        "El Reino Unido y los demás gobiernos miembros de la VPI darían a Chile una cálida bienvenida.",
    "Nicholas Kennedy": "Nicholas Kennedy",
    "Deputy Head of Mission, British Government": "Jefe Adjunto de Misión, Gobierno británico",
    "The launch event also featured a series of information sessions such as presentations on the VPSHR and "
    "the ICWGs, and ended with a discussion, where participants shared their views on the most pressing issues "
    "related to the respect for human rights in security operations in the Chilean extractive sector, and "
    "challenges related to managing community relations. Participants expressed their strong support for the "
    "opportunity to work in a multistakeholder setting and engage in the Working Group.":
        "El acto incluyó también varias sesiones informativas, como presentaciones sobre los PVSDH y los ICWG, y "
        "terminó con un debate en el que los participantes compartieron sus opiniones sobre las cuestiones más "
        "urgentes relacionadas con el respeto de los derechos humanos en las operaciones de seguridad del sector "
        "extractivo chileno y sobre los desafíos de la gestión de las relaciones con las comunidades. Los "
        "participantes expresaron su firme apoyo a la oportunidad de trabajar en un espacio de múltiples partes "
        "interesadas y de participar en el Grupo de Trabajo.",
    "Hard copies of useful resources in Spanish were also available, such as “<a id=\"a1\">10 Steps to Maintain "
    "Security in Compliance with Human Rights</a>” (also known as “VPs 101”) and “<a id=\"a2\">Guidance on "
    "Respecting the Rights of Human Rights Defenders</a>”.":
        "También se repartieron ejemplares impresos de recursos útiles en español, como “<a id=\"a1\">10 pasos "
        "para mantener la seguridad respetando los derechos humanos</a>” (también conocido como “VPs 101”) y la "
        "“<a id=\"a2\">Guía sobre el respeto de los derechos de las personas defensoras de derechos "
        "humanos</a>”.",
    "The VPI welcomes stakeholders in Chile with relevant expertise in security and human rights to join the "
    "working group. If you are interested to participate, or if you have any questions regarding the Chile "
    "ICWG or other ICWGs, please contact the VPI Secretariat at "
    '<a id="a1">Bann.Tabbara@voluntaryprinciples.org</a>':
        "La VPI invita a las partes interesadas de Chile con experiencia en seguridad y derechos humanos a "
        "sumarse al grupo de trabajo. Si desea participar o tiene preguntas sobre el ICWG de Chile u otros "
        "ICWG, escriba a la Secretaría de la VPI: <a id=\"a1\">Bann.Tabbara@voluntaryprinciples.org</a>",
    "VPI Secretariat": "Secretaría de la VPI",
    "Chile In-Country Working Group enquiries": "Consultas sobre el Grupo de Trabajo en Chile",
    "About the In-Country Working Groups": "Sobre los Grupos de Trabajo en el País",
    "The VPI actively creates and financially supports a number of In-Country Working Groups, with a goal of "
    "their achieving financial sustainability over time. Working groups meet regularly but also plan and "
    "implement agreed-upon activities such as raising awareness and strengthening local capacity, surveying "
    "and reporting on local baselines, developing tools and approaches to support local needs. Ultimately, "
    "In-Country Working Groups seek to continuously improve their promotion of and respect for human rights in "
    "the context of their security practices and will make every effort to prevent conflict.":
        "La VPI crea y financia activamente varios Grupos de Trabajo en el País, con el objetivo de que alcancen "
        "con el tiempo la sostenibilidad financiera. Los grupos se reúnen periódicamente y además planifican y "
        "ejecutan actividades acordadas, como la sensibilización y el fortalecimiento de capacidades locales, "
        "el estudio de la situación de partida local y la elaboración de herramientas y enfoques adaptados a "
        "las necesidades locales. En definitiva, los Grupos de Trabajo en el País buscan mejorar continuamente "
        "la promoción y el respeto de los derechos humanos en sus prácticas de seguridad y harán todo lo posible "
        "por prevenir los conflictos.",
    "Other Working Groups not created by the Voluntary Principles Initiative, called Partner In-Country Working "
    "Groups, conduct relevant work to promote best practices in a local context, on a national, sub-national "
    "or regional levels.":
        "Otros grupos de trabajo no creados por la Iniciativa de los Principios Voluntarios, llamados Grupos de "
        "Trabajo Asociados en el País, realizan una labor pertinente para promover buenas prácticas en el "
        "contexto local, a nivel nacional, subnacional o regional.",
    "Today, there are active VPI and Partner In-Country Working Groups in Brazil, Colombia, Democratic Republic "
    "of Congo, Ghana, Mozambique, Nigeria, Peru, and now in Chile. More information on the ICWGs is available "
    'on our <a id="a1">Implementation page</a>':
        "Hoy existen Grupos de Trabajo en el País de la VPI y asociados activos en Brasil, Colombia, la "
        "República Democrática del Congo, Ghana, Mozambique, Nigeria, el Perú y, ahora, Chile. Encontrará más "
        'información sobre los ICWG en nuestra <a id="a1">página de implementación</a>',
    "About the Voluntary Principles": "Sobre los Principios Voluntarios",
    "The Voluntary Principles on Security and Human Rights are an internationally recognized set of principles "
    "that guide companies on how to conduct their security operations while ensuring respect for human rights. "
    "To promote implementation of the Principles, the Voluntary Principles Initiative (VPI) was created. The "
    "Initiative comprises over 75 Members and Observers including companies, governments, and non-governmental "
    "organizations that share best practices and mutually support the implementation of the Principles.":
        "Los Principios Voluntarios de Seguridad y Derechos Humanos son un conjunto de principios reconocido "
        "internacionalmente que orienta a las empresas sobre cómo llevar a cabo sus operaciones de seguridad "
        f"garantizando el respeto de los derechos humanos. Para promover su aplicación se creó {VPI}. La "
        "Iniciativa reúne a más de 75 Miembros y Observadores, entre ellos empresas, gobiernos y organizaciones "
        "no gubernamentales, que comparten buenas prácticas y se apoyan mutuamente en la aplicación de los "
        "Principios.",
    "Need more information?": "¿Necesita más información?",
    "Contact us": "Contáctenos",

    # Key resources
    "The Voluntary Principles on Security and Human Rights": "Los Principios Voluntarios de Seguridad y Derechos "
                                                             "Humanos",
    "voluntary-principles": "principios-voluntarios",
    "The founding text, agreed in December 2000 by governments, extractive and energy companies and NGOs. It "
    "guides companies on assessing risks and on working with public and private security in a way that "
    "respects human rights.":
        "El texto fundacional, acordado en diciembre de 2000 por gobiernos, empresas extractivas y energéticas y "
        "ONG. Orienta a las empresas sobre la evaluación de riesgos y la colaboración con la seguridad pública y "
        "privada de forma respetuosa con los derechos humanos.",
    "VPs 101: 10 Steps to Maintain Security in Compliance with Human Rights":
        "VPs 101: 10 pasos para mantener la seguridad respetando los derechos humanos",
    "vps-101": "vps-101-10-pasos",
    "An introduction to the Voluntary Principles in ten steps, for anyone new to security and human rights. "
    "Spanish copies were handed out at the launch of the Chile working group.":
        "Una introducción en diez pasos a los Principios Voluntarios, para quien se acerca por primera vez a la "
        "seguridad y los derechos humanos. Se repartieron ejemplares en español en el lanzamiento del grupo de "
        "trabajo de Chile.",
    "Guidance on Respecting the Rights of Human Rights Defenders":
        "Guía sobre el respeto de los derechos de las personas defensoras de derechos humanos",
    "guidance-human-rights-defenders": "guia-personas-defensoras-de-derechos-humanos",
    "A framework for identifying and addressing risks to human rights defenders in risk assessment, community "
    "engagement and relations with security forces and host governments. It recommends zero tolerance of "
    "threats against defenders.":
        "Un marco para identificar y abordar los riesgos para las personas defensoras de derechos humanos en la "
        "evaluación de riesgos, la relación con las comunidades y el trato con las fuerzas de seguridad y los "
        "gobiernos anfitriones. Recomienda tolerancia cero ante las amenazas contra las personas defensoras.",
    "IGT Companion Tool: Protecting the Rights of Women and Other Disadvantaged Groups":
        "Herramienta complementaria de la IGT: proteger los derechos de las mujeres y otros grupos "
        "desfavorecidos",
    "igt-companion-tool-women-and-disadvantaged-groups": "herramienta-igt-mujeres-y-grupos-desfavorecidos",
    "Concepts, steps, case studies and tools for identifying and responding to security-related risks for "
    "women, children, Indigenous Peoples and other groups at heightened risk, including in conflict settings. "
    "Written by Stratos and IMPACT, funded by Global Affairs Canada.":
        "Conceptos, pasos, estudios de caso y herramientas para identificar y responder a los riesgos "
        "relacionados con la seguridad para mujeres, niñas y niños, pueblos indígenas y otros grupos en "
        "situación de mayor riesgo, también en contextos de conflicto. Elaborada por Stratos e IMPACT, con "
        "financiación de Global Affairs Canada.",
    "Voluntary Principles on Security and Human Rights Training Course":
        "Curso de formación sobre los Principios Voluntarios de Seguridad y Derechos Humanos",
    "training-course": "curso-de-formacion",
    "A course for company staff and private and public security personnel on human rights frameworks, ethics, "
    "roles and responsibilities (including gender and vulnerable groups) and the use of force.":
        "Un curso para personal de empresas y de seguridad pública y privada sobre marcos de derechos humanos, "
        "ética, funciones y responsabilidades (incluidos el género y los grupos vulnerables) y el uso de la "
        "fuerza.",

    # Working-group profiles: Chile
    "Chile In-Country Working Group": "Grupo de Trabajo en el País de Chile",
    "chile": "chile",
    "The newest VPI working group, launched in Santiago in September 2024 to help companies, government and "
    "civil society in Chile put the Voluntary Principles into practice together.":
        "El grupo de trabajo más reciente de la VPI, lanzado en Santiago en septiembre de 2024 para ayudar a "
        "empresas, gobierno y sociedad civil de Chile a poner en práctica juntos los Principios Voluntarios.",
    "Objectives": "Objetivos",
    "Build on-the-ground capacity to identify and act jointly on local security and human rights challenges":
        "Desarrollar capacidades sobre el terreno para identificar los desafíos locales de seguridad y derechos "
        "humanos y actuar conjuntamente frente a ellos",
    "Facilitate country-level implementation of the Voluntary Principles through multi-stakeholder dialogue and "
    "collaboration":
        "Facilitar la aplicación de los Principios Voluntarios en el país mediante el diálogo y la colaboración "
        "entre múltiples partes interesadas",
    "The VPI Steering Committee approved the group in early 2024 after consulting Members. The criteria "
    "included a strong presence and commitment of VPI Members in Chile, the presence of civic space and the "
    "potential for positive impact.":
        "El Comité Directivo de la VPI aprobó el grupo a comienzos de 2024, tras consultar a los Miembros. Entre "
        "los criterios figuraban una fuerte presencia y compromiso de Miembros de la VPI en Chile, la existencia "
        "de espacio cívico y el potencial de impacto positivo.",
    "Around 30 stakeholders attended the launch: nine mining and energy companies; seven government "
    "departments, including the Ministry of Mines, the Ministry of Foreign Affairs and the Carabineros (the "
    "national police); and five civil society organisations working on business and human rights, indigenous "
    "rights and academia.":
        "Unas 30 partes interesadas asistieron al lanzamiento: nueve empresas mineras y energéticas; siete "
        "organismos públicos, entre ellos el Ministerio de Minería, el Ministerio de Relaciones Exteriores y "
        "Carabineros de Chile (la policía nacional); y cinco organizaciones de la sociedad civil que trabajan en "
        "empresas y derechos humanos, derechos indígenas y el ámbito académico.",
    "Participant numbers are those represented at the launch on 5 September 2024. The governments of the United "
    "Kingdom (host of the launch) and Canada supported the launch; the group's convenor or secretariat has not "
    "been published.":
        "Las cifras de participantes corresponden a las entidades representadas en el lanzamiento del 5 de "
        "septiembre de 2024. Los gobiernos del Reino Unido (anfitrión del lanzamiento) y de Canadá apoyaron el "
        "acto; no se ha publicado quién convoca el grupo ni quién ejerce su secretaría.",
    # Brazil
    "Brazil In-Country Working Group (planned)": "Grupo de Trabajo en el País de Brasil (previsto)",
    "brazil": "brasil",
    "A planned VPI working group. In 2022 the VPI commissioned a stakeholder mapping and feasibility study for "
    "creating it.":
        "Un grupo de trabajo previsto de la VPI. En 2022 la VPI encargó un mapeo de partes interesadas y un "
        "estudio de viabilidad para crearlo.",
    "The VPI invited proposals, with a deadline of 26 January 2022, for a consultancy to map Brazilian "
    "stakeholders (national, state and local government among them) and assess whether a VPI working group in "
    "Brazil is feasible.":
        "La VPI solicitó propuestas, con plazo hasta el 26 de enero de 2022, para una consultoría que mapeara a "
        "las partes interesadas brasileñas (entre ellas, los gobiernos nacional, estatales y locales) y "
        "evaluara la viabilidad de un grupo de trabajo de la VPI en Brasil.",
    "Planned. No launch of the group has been confirmed; its members and convenor are not known.":
        "Previsto. No se ha confirmado el lanzamiento del grupo; se desconocen sus miembros y quién lo convoca.",
    # Peru: Lima
    "Lima Partner In-Country Working Group": "Grupo de Trabajo Asociado en el País de Lima",
    "peru-lima": "peru-lima",
    "Founded in 2010 by NGOs, companies and diplomatic missions amid growing social conflict, the Lima group "
    "brings the State, companies and civil society together, with embassies and international cooperation "
    "bodies as observers.":
        "Fundado en 2010 por ONG, empresas y misiones diplomáticas en un contexto de creciente conflictividad "
        "social, el grupo de Lima reúne al Estado, las empresas y la sociedad civil, con embajadas y organismos "
        "de cooperación internacional como observadores.",
    "Lima": "Lima",
    "Disseminate and train on the Voluntary Principles and the UN Guiding Principles on Business and Human "
    "Rights":
        "Difundir los Principios Voluntarios y los Principios Rectores de la ONU sobre las Empresas y los "
        "Derechos Humanos y formar sobre ellos",
    "Promote multi-stakeholder dialogue based on both sets of principles":
        "Promover el diálogo entre múltiples partes interesadas basado en ambos conjuntos de principios",
    "Support their implementation through Peru's National Action Plan":
        "Apoyar su aplicación mediante el Plan Nacional de Acción del Perú",
    "Activities": "Actividades",
    "Dissemination and analysis of information": "Difusión y análisis de información",
    "Training": "Formación",
    "Discussions": "Debates",
    "Studies": "Estudios",
    "Advocacy": "Incidencia",
    "Sharing experience": "Intercambio de experiencias",
    "Its public documents include a Peruvian model to promote security and human rights (in Spanish). In "
    "February 2017 the Netherlands Embassy in Lima hosted a meeting of the group on private security with 36 "
    "participants.":
        "Entre sus documentos públicos figura un modelo peruano para promover la seguridad y los derechos "
        "humanos (en español). En febrero de 2017 la Embajada de los Países Bajos en Lima acogió una reunión del "
        "grupo sobre seguridad privada con 36 participantes.",
    "The group's convenor or secretariat is not published. The Peruvian university institute IDEHPUCP refers "
    "to it as the Grupo de Trabajo sobre Empresas y Derechos Humanos – Principios Voluntarios y Principios "
    "Rectores.":
        "No se ha publicado quién convoca el grupo ni quién ejerce su secretaría. El instituto universitario "
        "peruano IDEHPUCP lo denomina Grupo de Trabajo sobre Empresas y Derechos Humanos – Principios "
        "Voluntarios y Principios Rectores.",
    # Peru: Cusco
    "Cusco Partner In-Country Working Group": "Grupo de Trabajo Asociado en el País de Cusco",
    "peru-cusco": "peru-cusco",
    "A partner working group in Cusco whose vision is good governance in promoting and implementing the "
    "Voluntary Principles.":
        "Un grupo de trabajo asociado en Cusco cuya visión es la buena gobernanza en la promoción y aplicación de "
        "los Principios Voluntarios.",
    "Cusco": "Cusco",
    "The group's stated vision is to ensure adequate governance in promoting and implementing the Voluntary "
    "Principles.":
        "La visión declarada del grupo es garantizar una gobernanza adecuada en la promoción y aplicación de los "
        "Principios Voluntarios.",
    "Only the group's vision is confirmed: its founding date, convenor, members and activities are not. Its "
    "status is assumed from its listing on the VPI's Peru page.":
        "Solo está confirmada la visión del grupo; no lo están su fecha de fundación, quién lo convoca, sus "
        "miembros ni sus actividades. Su estado se deduce de su inclusión en la página de la VPI sobre el Perú.",
    # DRC: Haut-Katanga, Lualaba and Kongo Central
    "Haut-Katanga, Lualaba and Kongo Central Partner In-Country Working Group":
        "Grupo de Trabajo Asociado en el País de Alto Katanga, Lualaba y Kongo Central",
    "drc-haut-katanga-lualaba-kongo-central": "rdc-alto-katanga-lualaba-kongo-central",
    "A partner working group in the DRC's industrial mining regions, led by the NGO Justicia, that works to "
    "improve mining, gas and oil supply chains through good security and human rights practice.":
        "Un grupo de trabajo asociado en las regiones mineras industriales de la RDC, dirigido por la ONG "
        "Justicia, que trabaja para mejorar las cadenas de suministro de la minería, el gas y el petróleo "
        "mediante buenas prácticas de seguridad y derechos humanos.",
    "Haut-Katanga, Lualaba and Kongo Central": "Alto Katanga, Lualaba y Kongo Central",
    "Dialogue among government, companies and civil society, in meetings and field visits":
        "Diálogo entre gobierno, empresas y sociedad civil, en reuniones y visitas sobre el terreno",
    "Advocacy with judicial authorities so that the Principles are considered in cases of mine security "
    "incidents":
        "Incidencia ante las autoridades judiciales para que se tengan en cuenta los Principios en los casos de "
        "incidentes de seguridad en minas",
    "Training police officers on security and human rights":
        "Formación de agentes de policía en seguridad y derechos humanos",
    "Advising companies on good practice": "Asesoramiento a empresas sobre buenas prácticas",
    "Monitoring the security and human rights situation at mining, oil and gas sites":
        "Seguimiento de la situación de seguridad y derechos humanos en yacimientos mineros, petroleros y de gas",
    "The founding date is not confirmed: DCAF reports multi-stakeholder groups in Lubumbashi since as early as "
    "2006, supported by DCAF since 2017.":
        "La fecha de fundación no está confirmada: DCAF informa de grupos de múltiples partes interesadas en "
        "Lubumbashi desde 2006, con apoyo de DCAF desde 2017.",
    # DRC: South Kivu
    "South Kivu Partner In-Country Working Group": "Grupo de Trabajo Asociado en el País de Kivu del Sur",
    "drc-south-kivu": "rdc-kivu-del-sur",
    "Set up in 2018 under a DCAF project with the local NGO OGP, the South Kivu group works for responsible "
    "mineral production and trade, free of insecurity and rights violations, through dialogue.":
        "Creado en 2018 en el marco de un proyecto de DCAF con la ONG local OGP, el grupo de Kivu del Sur trabaja "
        "mediante el diálogo por una producción y un comercio de minerales responsables, libres de inseguridad "
        "y de violaciones de derechos.",
    "South Kivu": "Kivu del Sur",
    "Government agencies, communities, companies and security providers take part. The pilot phase ran from "
    "July 2018 to December 2020, with case studies at the Nyabibwe, Bitale and Twangiza mining sites.":
        "Participan organismos públicos, comunidades, empresas y proveedores de seguridad. La fase piloto se "
        "desarrolló de julio de 2018 a diciembre de 2020, con estudios de caso en los yacimientos mineros de "
        "Nyabibwe, Bitale y Twangiza.",
    "The Netherlands Embassy funded the DCAF project under which the group was set up. Its activity after the "
    "2020 pilot phase is not confirmed.":
        "La Embajada de los Países Bajos financió el proyecto de DCAF en cuyo marco se creó el grupo. No está "
        "confirmada su actividad tras la fase piloto de 2020.",
    # DRC: Kinshasa
    "Kinshasa Voluntary Principles Working Group": "Grupo de Trabajo de Kinshasa sobre los Principios Voluntarios",
    "drc-kinshasa": "rdc-kinshasa",
    "A national-level working group in Kinshasa, consulted in 2022 on the DRC government's application to join "
    "the VPI.":
        "Un grupo de trabajo de ámbito nacional en Kinshasa, consultado en 2022 sobre la solicitud del gobierno "
        "de la RDC para adherirse a la VPI.",
    "Kinshasa": "Kinshasa",
    "On 3 March 2022 the group was consulted on the DRC government's application to the VPI, led by the "
    "Ministry of Human Rights with the ministries of Mines and Hydrocarbons. The DRC applied on 31 March 2022 "
    "and the Plenary admitted it as an Engaged Government Member on 26 May 2023.":
        "El 3 de marzo de 2022 se consultó al grupo sobre la solicitud del gobierno de la RDC a la VPI, dirigida "
        "por el Ministerio de Derechos Humanos junto con los ministerios de Minas e Hidrocarburos. La RDC "
        "presentó su solicitud el 31 de marzo de 2022 y el Plenario la admitió como Miembro Gubernamental "
        "Comprometido el 26 de mayo de 2023.",
    "Not confirmed: whether this is a VPI or a partner group, when it was founded and whether it is still "
    "active.":
        "Sin confirmar: si se trata de un grupo de la VPI o de un grupo asociado, cuándo se fundó y si sigue "
        "activo.",
    # Mozambique: Maputo
    "Maputo Partner In-Country Working Group": "Grupo de Trabajo Asociado en el País de Maputo",
    "mozambique-maputo": "mozambique-maputo",
    "Mozambique's national working group, active since 2021, led by the Ministry of Justice and coordinated by "
    "CDD, with technical advice from DCAF.":
        "El grupo de trabajo nacional de Mozambique, activo desde 2021, dirigido por el Ministerio de Justicia y "
        "coordinado por el CDD, con asesoramiento técnico de DCAF.",
    "Maputo": "Maputo",
    "The group's mission is to advance responsible and secure operations of multinational companies, to "
    "identify security and human rights risks better and to find solutions together.":
        "La misión del grupo es promover operaciones responsables y seguras de las empresas multinacionales, "
        "identificar mejor los riesgos para la seguridad y los derechos humanos y encontrar soluciones "
        "conjuntas.",
    "Regular training and capacity building on the Voluntary Principles for government, civil society and "
    "local communities":
        "Formación y fortalecimiento de capacidades periódicos sobre los Principios Voluntarios para el "
        "gobierno, la sociedad civil y las comunidades locales",
    "Workshops and conferences on security and human rights, and knowledge sharing":
        "Talleres y conferencias sobre seguridad y derechos humanos, e intercambio de conocimientos",
    "Sources differ on the start: an agreement establishing the group was concluded on 14 July 2021 and DCAF "
    "dates its launch to November 2021. The Ministry of Justice leads the group; CDD, shown as convenor, "
    "coordinates it.":
        "Las fuentes difieren sobre su inicio: el acuerdo de creación del grupo se firmó el 14 de julio de 2021 "
        "y DCAF sitúa su lanzamiento en noviembre de 2021. El Ministerio de Justicia dirige el grupo; el CDD, "
        "indicado como entidad convocante, lo coordina.",
    # Mozambique: Cabo Delgado
    "Cabo Delgado Partner In-Country Working Group": "Grupo de Trabajo Asociado en el País de Cabo Delgado",
    "mozambique-cabo-delgado": "mozambique-cabo-delgado",
    "The technical working group for Cabo Delgado, launched in Pemba in March 2022, bringing international "
    "extractive companies, provincial government and civil society together.":
        "El grupo de trabajo técnico de Cabo Delgado, lanzado en Pemba en marzo de 2022, que reúne a empresas "
        "extractivas internacionales, al gobierno provincial y a la sociedad civil.",
    "Cabo Delgado": "Cabo Delgado",
    "Discussing the findings of the baseline study": "Análisis de las conclusiones del estudio de base",
    "Dialogue on security and human rights at operational level":
        "Diálogo sobre seguridad y derechos humanos a nivel operativo",
    "Setting thematic priorities": "Definición de prioridades temáticas",
    "Led by the Ministry of Justice, coordinated by CDD (shown as convenor) with technical advice from DCAF. The "
    "VPI's page dates the Mozambique groups' activity from 2021.":
        "Dirigido por el Ministerio de Justicia y coordinado por el CDD (indicado como entidad convocante), con "
        "asesoramiento técnico de DCAF. La página de la VPI sitúa el inicio de la actividad de los grupos de "
        "Mozambique en 2021.",
    # Nigeria
    "Nigeria In-Country Working Group": "Grupo de Trabajo en el País de Nigeria",
    "nigeria": "nigeria",
    "Also known as the Nigeria National Working Group on the Voluntary Principles, co-chaired by LITE-Africa "
    "and the Swiss Embassy in Abuja; it trains officials and security personnel and coordinates across "
    "pillars.":
        "También conocido como Grupo de Trabajo Nacional de Nigeria sobre los Principios Voluntarios, lo "
        "copresiden LITE-Africa y la Embajada de Suiza en Abuja; forma a funcionarios y personal de seguridad y "
        "coordina a los distintos pilares.",
    "Coordination across the government, company and civil society pillars":
        "Coordinación entre los pilares de gobiernos, empresas y sociedad civil",
    "Training on the Voluntary Principles for government officials and public and private security personnel":
        "Formación sobre los Principios Voluntarios para funcionarios y personal de seguridad pública y privada",
    "Identifying focal officers for the Principles in government bodies":
        "Designación de puntos focales para los Principios en los organismos públicos",
    "A national baseline and scoping study with DCAF": "Un estudio nacional de base y de alcance con DCAF",
    "Community leaders from Owaza (Abia State) and Ibeno (Akwa Ibom State) joined the group in March 2022. The "
    "Voluntary Principles Association gave it one year of core funding in 2019–2020.":
        "Líderes comunitarios de Owaza (estado de Abia) e Ibeno (estado de Akwa Ibom) se incorporaron al grupo en "
        "marzo de 2022. La Asociación de los Principios Voluntarios le concedió un año de financiación básica en "
        "2019–2020.",
    "Whether this is a VPI or a partner group is not stated in the sources; the VPA's core funding suggests VPI "
    "support. It was called a pilot working group in February 2018; its founding year is not known. Co-chairs "
    "as of April 2021.":
        "Las fuentes no indican si es un grupo de la VPI o un grupo asociado; la financiación básica de la "
        "Asociación sugiere apoyo de la VPI. En febrero de 2018 se le llamaba grupo de trabajo piloto; se "
        "desconoce su año de fundación. Copresidencia a abril de 2021.",
    # Ghana
    "Ghana In-Country Working Group": "Grupo de Trabajo en el País de Ghana",
    "ghana": "ghana",
    "Founded in 2017 and meeting quarterly in Accra, the Ghana group discusses security and human rights in the "
    "natural resource sector and supports the government's work on the Principles.":
        "Fundado en 2017, el grupo de Ghana se reúne trimestralmente en Acra para debatir sobre seguridad y "
        "derechos humanos en el sector de los recursos naturales y apoya la labor del gobierno en relación con "
        "los Principios.",
    "Discussing key security and human rights issues in Ghana's natural resource sector":
        "Debatir las principales cuestiones de seguridad y derechos humanos del sector de los recursos naturales "
        "de Ghana",
    "Supporting government programmes and policy related to the Principles":
        "Apoyar los programas y políticas del gobierno relacionados con los Principios",
    "Sharing lessons and implementation success stories":
        "Compartir lecciones aprendidas y casos de éxito en la aplicación",
    "Ghana joined the VPI in April 2014, the first African government to do so. Before the group, the Fund for "
    "Peace and WANEP-Ghana ran a programme of national dialogues in Accra.":
        "Ghana se adhirió a la VPI en abril de 2014, el primer gobierno africano en hacerlo. Antes del grupo, "
        "Fund for Peace y WANEP-Ghana organizaron un programa de diálogos nacionales en Acra.",
    "Quarterly, in Accra": "Trimestral, en Acra",
    "Whether this is a VPI or a partner group is not stated in the sources, nor is its convenor. Participant "
    "lists published so far are from national dialogues, not a roster of the group.":
        "Las fuentes no indican si es un grupo de la VPI o un grupo asociado, ni quién lo convoca. Las listas de "
        "participantes publicadas hasta ahora corresponden a los diálogos nacionales, no a la composición del "
        "grupo.",
    # Colombia
    "Mining and Energy Committee on Security and Human Rights (CME)":
        "Comité Minero Energético de Seguridad y Derechos Humanos (CME)",
    "colombia": "colombia",
    "Colombia's permanent platform on security and human rights: begun in 2003 as the national committee for "
    "implementing the Voluntary Principles and renamed CME in 2008.":
        "La plataforma permanente de Colombia sobre seguridad y derechos humanos: nació en 2003 como comité "
        "nacional para la aplicación de los Principios Voluntarios y pasó a llamarse CME en 2008.",
    "The CME has 28 members: oil, mining and energy companies; national government bodies, including the "
    "Ministry of Defence; civil society and academia; business associations; embassies and international "
    "organisations. A board elected by its General Assembly runs it, and it is funded by company fees and "
    "grants.":
        "El CME tiene 28 miembros: empresas petroleras, mineras y energéticas; organismos del gobierno nacional, "
        "entre ellos el Ministerio de Defensa; sociedad civil y academia; gremios empresariales; embajadas y "
        "organizaciones internacionales. Lo dirige una junta elegida por su Asamblea General y se financia con "
        "cuotas de las empresas y subvenciones.",
    "Influencing public policy and producing knowledge, tools and practice on security and human rights due "
    "diligence":
        "Incidir en las políticas públicas y generar conocimiento, herramientas y práctica sobre la debida "
        "diligencia en seguridad y derechos humanos",
    "Recommending how companies can support human rights and humanitarian law training in the defence sector":
        "Recomendar cómo pueden las empresas apoyar la formación en derechos humanos y derecho humanitario en el "
        "sector de defensa",
    "Presumed to be a partner group; not confirmed. The member count is from a DCAF case study and is undated.":
        "Se presume que es un grupo asociado; sin confirmar. El número de miembros procede de un estudio de caso "
        "de DCAF y no tiene fecha.",
    # Myanmar
    "Myanmar In-Country Working Group": "Grupo de Trabajo en el País de Myanmar",
    "myanmar": "myanmar",
    "A pilot working group, with the Myanmar Centre for Responsible Business as secretariat from 2018, wound up "
    "in February 2022 after member companies announced their withdrawal from Myanmar.":
        "Un grupo de trabajo piloto, con el Myanmar Centre for Responsible Business como secretaría desde 2018, "
        "disuelto en febrero de 2022 después de que las empresas miembros anunciaran su salida de Myanmar.",
    "Myanmar was chosen as one of three pilot countries in 2016. The group held eight meetings, commissioned a "
    "baseline study of the private security sector and had the Principles and a fact sheet translated into "
    "Burmese. It was wound up at its meeting of 9 February 2022.":
        "Myanmar fue elegido en 2016 como uno de los tres países piloto. El grupo celebró ocho reuniones, encargó "
        "un estudio de base sobre el sector de la seguridad privada e hizo traducir al birmano los Principios y "
        "una hoja informativa. Se disolvió en su reunión del 9 de febrero de 2022.",
    "Shown as a VPI group because the VPI chose Myanmar as a pilot country; the sources call it a pilot "
    "in-country implementation group.":
        "Figura como grupo de la VPI porque la VPI eligió a Myanmar como país piloto; las fuentes lo llaman grupo "
        "piloto de implementación en el país.",
    # Argentina
    "Argentina (prospective)": "Argentina (en estudio)",
    "argentina": "argentina",
    "A prospective group: in November 2024 the VPI sought proposals for a stakeholder mapping report in "
    "Argentina.":
        "Un posible grupo: en noviembre de 2024 la VPI solicitó propuestas para un informe de mapeo de partes "
        "interesadas en Argentina.",
    "The VPI's call for proposals for a stakeholder mapping report in Argentina was announced on 11 November "
    "2024.":
        "La convocatoria de la VPI para un informe de mapeo de partes interesadas en Argentina se anunció el 11 "
        "de noviembre de 2024.",
    "No working group exists yet; this profile follows the stakeholder mapping. Argentina announced its "
    "intention to join the VPI at a plenary in Bogotá (year not confirmed).":
        "Aún no existe un grupo de trabajo; este perfil sigue el mapeo de partes interesadas. Argentina anunció "
        "su intención de adherirse a la VPI en un plenario en Bogotá (año sin confirmar).",

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


def _targets(stdout):
    """English instances to translate, parents before children, snippets first; notes what is missing."""
    default = Locale.get_default()
    targets = list(Topic.objects.filter(locale=default)) + list(Organisation.objects.filter(locale=default))
    home = Page.objects.filter(depth=2, locale=default, alias_of__isnull=True).first()
    if home is None:
        stdout(f"No {default.language_code} home page: run `manage.py load_demo` first.")
        return targets
    targets.append(home.specific)

    def under(parent, slug):
        page = parent.get_children().filter(slug=slug).specific().first() if parent else None
        if page is None:
            stdout(f"Skipped: no English page with slug {slug!r}.")
        return page

    sections = {slug: under(home, slug) for slug in SECTION_SLUGS}
    targets += [page for page in sections.values() if page]
    for slug in RELEASE_SLUGS:
        targets.append(under(sections["news"], slug))
    if sections["working-groups"]:
        targets += list(sections["working-groups"].get_children().live().specific())
    for slug in RESOURCE_SLUGS:
        targets.append(under(sections["resources"], slug))
    return [t for t in targets if t is not None]


def translate_instance(instance, locale):
    """Fill the instance's translation into `locale` from SPANISH; returns (target, created strings, missing)."""
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale,
                                                              defaults={"enabled": True})
    created_count, missing = 0, []
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        spanish = SPANISH.get(segment.string.data)
        if spanish is None:
            if not StringTranslation.objects.filter(translation_of=segment.string, context=segment.context,
                                                    locale=locale).exists():
                missing.append(segment.string.data)
            continue
        # get_or_create: a translation someone already made (a translator, an upload) is never replaced.
        _translation, created = StringTranslation.objects.get_or_create(
            translation_of=segment.string, context=segment.context, locale=locale,
            defaults={"data": spanish, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                      "tool_name": TOOL_NAME},
        )
        created_count += created

    target = instance.get_translation_or_none(locale)
    is_page = isinstance(instance, Page)
    if target is not None and not created_count and (not is_page or target.live):
        return target, 0, missing  # nothing new: leave it as it is (no empty revisions)
    if is_page:
        # publish=False, then publish here: wagtail-localize publishes on transaction commit, which
        # would run after our checks (and never inside tests' transactions). See cms/translation/bootstrap.py.
        translation.save_target(publish=False)
        target = Page.objects.get(pk=instance.get_translation(locale).pk).specific
        if not missing:
            target.get_latest_revision().publish()
    else:
        translation.save_target(publish=True)  # snippets have no drafts
        target = instance.get_translation(locale)
    return target, created_count, missing


@transaction.atomic
def load_demo_translations(stdout=print, language_code=TARGET_LANGUAGE):
    """Translate the demo content into Spanish. Idempotent. Returns {"translated": n, "drafts": [...]}."""
    locale = Locale.objects.filter(language_code=language_code).first()
    if locale is None:
        stdout(f"No {language_code!r} locale: run `manage.py sync_locales` first.")
        return {"translated": 0, "drafts": []}
    translated, drafts = 0, []
    for instance in _targets(stdout):
        _target, _created, missing = translate_instance(instance, locale)
        translated += 1
        if missing:
            drafts.append(str(instance))
            stdout(f"Draft (not published): {instance} has {len(missing)} segment(s) without Spanish text, "
                   f"e.g. {missing[0][:60]!r}.")
    return {"translated": translated, "drafts": drafts}
