"""Spanish for the demo releases (English source segment -> Spanish).

Rich-text segments keep wagtail-localize's link placeholders: <a id="a1">…</a> stands for the first link of
the English paragraph, whatever its address.
"""

from django.utils import translation
from django_countries.fields import Country

from cms.demo.news import RELEASES
from cms.demo.spanish.terms import ICWG, VPI, VPSHR
from cms.demo.workinggroups import PROFILES

SPANISH = {
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
        f"El 5 de septiembre de 2024, {VPI} formalizó el lanzamiento de su nuevo {ICWG} "
        "(ICWG, por sus siglas en inglés) en Chile, un nuevo paso importante en los esfuerzos por apoyar la "
        f"aplicación sobre el terreno de los {VPSHR}.",
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
        "facilitar la aplicación de los Principios Voluntarios en el país mediante el diálogo y la colaboración "
        "entre múltiples partes interesadas.",
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
        "El acto incluyó también varias sesiones informativas, como presentaciones sobre los Principios "
        "Voluntarios y los ICWG, y terminó con un debate en el que los participantes compartieron sus opiniones "
        "sobre las cuestiones más urgentes relacionadas con el respeto de los derechos humanos en las operaciones "
        "de seguridad del sector extractivo chileno y sobre los desafíos de la gestión de las relaciones con las "
        "comunidades. Los "
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
        f"Los {VPSHR} son un conjunto de principios reconocido "
        "internacionalmente que orienta a las empresas sobre cómo llevar a cabo sus operaciones de seguridad "
        f"garantizando el respeto de los derechos humanos. Para promover su aplicación se creó {VPI}. La "
        "Iniciativa reúne a más de 75 Miembros y Observadores, entre ellos empresas, gobiernos y organizaciones "
        "no gubernamentales, que comparten buenas prácticas y se apoyan mutuamente en la aplicación de los "
        "Principios.",
    "Need more information?": "¿Necesita más información?",
    "Contact us": "Contáctenos",

    # Mission to Mozambique (December 2025)
    "VPI Participates in Multistakeholder Mission to Mozambique":
        "La VPI participa en una misión de múltiples partes interesadas a Mozambique",
    "vpi-participates-in-mission-to-mozambique": "la-vpi-participa-en-mision-a-mozambique",
    "Maputo and Pemba, Mozambique": "Maputo y Pemba (Mozambique)",
    "The VPI Secretariat joined a multistakeholder mission to Maputo and Pemba, during which Mozambique "
    "reaffirmed its commitment to the Voluntary Principles.":
        "La Secretaría de la VPI se sumó a una misión de múltiples partes interesadas a Maputo y Pemba, durante "
        "la cual Mozambique reafirmó su compromiso con los Principios Voluntarios.",
    "The VPI Secretariat took part in a mission to Maputo and Pemba organised by CDD and DCAF, with support from "
    "the United Kingdom and Switzerland.":
        "La Secretaría de la VPI participó en una misión a Maputo y Pemba organizada por el CDD y DCAF, con el "
        "apoyo del Reino Unido y Suiza.",
    "During the mission, Mozambique reaffirmed its commitment to the Voluntary Principles and its work towards "
    "a National Action Plan, the step new government members take before becoming Full Members.":
        "Durante la misión, Mozambique reafirmó su compromiso con los Principios Voluntarios y su labor para "
        "elaborar un Plan de Acción Nacional, el paso que dan los nuevos gobiernos miembros antes de "
        "convertirse en Miembros Plenos.",

    # Membership application window, September 2025
    "Membership Application Window is Open Until September 15, 2025":
        "El plazo de solicitud de adhesión está abierto hasta el 15 de septiembre de 2025",
    "membership-application-window-september-2025": "plazo-de-adhesion-septiembre-2025",
    "Companies, governments, NGOs and observers can apply to join the VPI until 15 September 2025. The "
    "admission framework for NGOs has been updated.":
        "Empresas, gobiernos, ONG y observadores pueden solicitar su adhesión a la VPI hasta el 15 de "
        "septiembre de 2025. Se ha actualizado el marco de admisión de las ONG.",
    "The VPI invites applications in its Corporate, Government, NGO and Observer categories until 15 September "
    '2025. Applications, in English, go to <a id="a1">applications@voluntaryprinciples.org</a>.':
        "La VPI invita a presentar solicitudes en sus categorías de empresas, gobiernos, ONG y observadores "
        "hasta el 15 de septiembre de 2025. Las solicitudes, en inglés, se envían a "
        '<a id="a1">applications@voluntaryprinciples.org</a>.',
    "The Framework for the Admission of New NGOs has been updated with a clearer definition of an NGO. "
    "Companies eligible to join are those extracting, harvesting or developing natural resources or energy; "
    "observers are international organisations and industry associations.":
        "El Marco para la Admisión de Nuevas ONG se ha actualizado con una definición más clara de ONG. Pueden "
        "adherirse las empresas que extraen, cosechan o desarrollan recursos naturales o energía; los "
        "observadores son organizaciones internacionales y asociaciones sectoriales.",
    "New members join as Engaged Members and become Full Members once they have shown their implementation "
    "efforts.":
        "Los nuevos miembros ingresan como Miembros Comprometidos y pasan a ser Miembros Plenos cuando han "
        "demostrado sus esfuerzos de aplicación.",

    # 2025 Annual Plenary
    "2025 Annual Plenary: A Global Gathering on Security and Human Rights":
        "Plenario Anual 2025: un encuentro mundial sobre seguridad y derechos humanos",
    "2025-annual-plenary": "plenario-anual-2025",
    "London, United Kingdom": "Londres (Reino Unido)",
    "Around 140 people from 27 countries met in London for the VPI's 2025 Plenary, which admitted new members "
    "and saw the United Kingdom take over as Chair.":
        "Unas 140 personas de 27 países se reunieron en Londres en el Plenario 2025 de la VPI, que admitió a "
        "nuevos miembros y en el que el Reino Unido asumió la presidencia.",
    "The VPI held its 2025 Annual Plenary in London from 18 to 21 March, with around 140 attendees from 27 "
    "countries.":
        "La VPI celebró su Plenario Anual 2025 en Londres del 18 al 21 de marzo, con unos 140 asistentes de 27 "
        "países.",
    "The Plenary admitted new members, among them Endeavour Mining as a Full Corporate Member, OMV as an Engaged "
    "Corporate Member, FOCONE as a Full NGO Member, and Jamaa Resource Initiatives and Justicia ASBL as Engaged "
    "NGO Members.":
        "El Plenario admitió a nuevos miembros, entre ellos Endeavour Mining como Miembro Empresarial Pleno, OMV "
        "como Miembro Empresarial Comprometido, FOCONE como Miembro Pleno del pilar de ONG, y Jamaa Resource "
        "Initiatives y Justicia ASBL como Miembros Comprometidos del pilar de ONG.",
    "The United Kingdom took over as Chair from the United States, which had chaired the Initiative for two "
    "terms since 2023.":
        "El Reino Unido asumió la presidencia en sustitución de los Estados Unidos, que habían presidido la "
        "Iniciativa durante dos mandatos desde 2023.",

    # Membership application window, March 2025
    "VPI Membership Application Window is Open Until March 31, 2025":
        "La VPI abre el plazo de solicitud de adhesión hasta el 31 de marzo de 2025",
    "membership-application-window-march-2025": "plazo-de-adhesion-marzo-2025",
    "Applications to join the VPI are open until 31 March 2025, with a new admission process for corporate "
    "applicants that focuses on security and human rights risks.":
        "Las solicitudes de adhesión a la VPI pueden presentarse hasta el 31 de marzo de 2025, con un nuevo "
        "proceso de admisión para las empresas centrado en los riesgos para la seguridad y los derechos "
        "humanos.",
    "The VPI is accepting membership applications until 31 March 2025.":
        "La VPI acepta solicitudes de adhesión hasta el 31 de marzo de 2025.",
    "Corporate applicants now go through a new admission process focused on the security and human rights "
    "risks of their operations.":
        "Las empresas solicitantes siguen ahora un nuevo proceso de admisión centrado en los riesgos de sus "
        "operaciones para la seguridad y los derechos humanos.",

    # Stakeholder mapping in Argentina
    "Request for Proposals: Stakeholder Mapping in Argentina":
        "Solicitud de propuestas: mapeo de partes interesadas en Argentina",
    "stakeholder-mapping-argentina": "solicitud-de-propuestas-mapeo-argentina",
    "The VPI is seeking proposals for a stakeholder mapping report in Argentina.":
        "La VPI busca propuestas para un informe de mapeo de partes interesadas en Argentina.",
    "The VPI invites proposals for a stakeholder mapping report in Argentina.":
        "La VPI invita a presentar propuestas para elaborar un informe de mapeo de partes interesadas en "
        "Argentina.",

    # Membership application window, September 2024
    "VPI Membership Application Window is Open Until September 15, 2024":
        "La VPI abre el plazo de solicitud de adhesión hasta el 15 de septiembre de 2024",
    "membership-application-window-september-2024": "plazo-de-adhesion-septiembre-2024",
    "Applications to join the VPI are open until 15 September 2024: who can apply, the admission frameworks and "
    "the benefits of membership.":
        "Las solicitudes de adhesión a la VPI pueden presentarse hasta el 15 de septiembre de 2024: quién puede "
        "solicitarla, los marcos de admisión y las ventajas de ser miembro.",
    "The VPI is accepting membership applications until 15 September 2024.":
        "La VPI acepta solicitudes de adhesión hasta el 15 de septiembre de 2024.",
    "Companies, governments and NGOs can become members, and international organisations and industry "
    "associations observers. Individuals, consulting firms, security companies and educational institutions "
    "cannot join.":
        "Pueden ser miembros las empresas, los gobiernos y las ONG, y observadores las organizaciones "
        "internacionales y las asociaciones sectoriales. No pueden adherirse particulares, consultoras, empresas "
        "de seguridad ni instituciones educativas.",

    # 2024 Annual Plenary
    "VPI 2024 Annual Plenary Welcomes New Members":
        "El Plenario Anual 2024 de la VPI da la bienvenida a nuevos miembros",
    "2024-annual-plenary-welcomes-new-members": "plenario-anual-2024-nuevos-miembros",
    "Washington, DC, United States": "Washington D. C. (Estados Unidos)",
    "The 2024 Plenary, held near Washington DC, admitted a record seven Engaged and three Full Members; the "
    "United States continued as Chair.":
        "El Plenario 2024, celebrado cerca de Washington D. C., admitió a un número récord de siete Miembros "
        "Comprometidos y tres Miembros Plenos; los Estados Unidos continuaron en la presidencia.",
    "The VPI's 2024 Annual Plenary met in the Washington DC area from 13 to 17 May.":
        "El Plenario Anual 2024 de la VPI se reunió en el área de Washington D. C. del 13 al 17 de mayo.",
    "It admitted a record seven Engaged Members and three Full Members. The United States continued as Chair.":
        "Admitió a un número récord de siete Miembros Comprometidos y tres Miembros Plenos. Los Estados Unidos "
        "continuaron en la presidencia.",

    # Mozambique joins as an Engaged Member (same date as the 2024 Plenary)
    "VPI Welcomes Mozambique as an Engaged Member": "La VPI da la bienvenida a Mozambique como Miembro Comprometido",
    "vpi-welcomes-mozambique-as-an-engaged-member": "la-vpi-da-la-bienvenida-a-mozambique",
    "Mozambique has joined the VPI as an Engaged Member, the third African government in the Initiative.":
        "Mozambique se ha adherido a la VPI como Miembro Comprometido; es el tercer gobierno africano de la "
        "Iniciativa.",
    "Mozambique is now an Engaged Member of the VPI, the third African government to join the Initiative.":
        "Mozambique es ya Miembro Comprometido de la VPI, el tercer gobierno africano que se adhiere a la "
        "Iniciativa.",
    "New government members develop a National Action Plan before they become Full Members. The Initiative "
    "counts over 75 Members and Observers.":
        "Los nuevos gobiernos miembros elaboran un Plan de Acción Nacional antes de convertirse en Miembros "
        "Plenos. La Iniciativa cuenta con más de 75 Miembros y Observadores.",

    # In progress (cms.demo.spanish.IN_PROGRESS). Resources for human rights defenders: all but the last
    # paragraph so far.
    "Voluntary Principles Initiative Launches New Resources to Strengthen Protection of Human Rights Defenders":
        "La Iniciativa de los Principios Voluntarios presenta nuevos recursos para reforzar la protección de las "
        "personas defensoras de derechos humanos",
    "new-resources-to-protect-human-rights-defenders": "nuevos-recursos-personas-defensoras",
    "On Human Rights Day the VPI published guidance on respecting the rights of human rights defenders, "
    "alongside a LITE-Africa report on defenders in Africa.":
        "En el Día de los Derechos Humanos, la VPI publicó una guía sobre el respeto de los derechos de las "
        "personas defensoras de derechos humanos, junto con un informe de LITE-Africa sobre las personas "
        "defensoras en África.",
    'On Human Rights Day, the VPI launched <a id="a1">Guidance on Respecting the Rights of Human Rights '
    "Defenders</a>. It helps companies identify and address risks to defenders in risk assessment, community "
    "engagement and relations with security forces and host governments, and recommends zero tolerance of "
    "threats against them.":
        'En el Día de los Derechos Humanos, la VPI presentó la <a id="a1">Guía sobre el respeto de los derechos '
        "de las personas defensoras de derechos humanos</a>. La guía ayuda a las empresas a identificar y "
        "abordar los riesgos para las personas defensoras en la evaluación de riesgos, la relación con las "
        "comunidades y el trato con las fuerzas de seguridad y los gobiernos anfitriones, y recomienda "
        "tolerancia cero ante las amenazas contra ellas.",
    # The IGT Companion Tool release: only the title so far.
    "New Tool on Operationalizing the VPs Through the Lens of Protecting the Rights of Women and Other "
    "Disadvantaged Groups":
        "Nueva herramienta para aplicar los Principios Voluntarios desde la perspectiva de la protección de los "
        "derechos de las mujeres y otros grupos desfavorecidos",
    "igt-companion-tool-launch": "nueva-herramienta-mujeres-y-grupos-desfavorecidos",
}

# The placeholder pictures carry the English title: their Spanish alt text says so.
SPANISH.update({
    f"Placeholder picture with the words {release['title']}.":
        "Imagen provisional con el título de la noticia en inglés."
    for release in RELEASES if not release.get("image")
})

# The release pictures are maps (cms/demo/loader.py, _release_picture): their alt text names the
# working group's country, in each language's own name for it.
SPANISH["World map in the site's colours."] = "Mapa del mundo en los colores del sitio."
for _code in {group["country"] for group in PROFILES if group.get("country")}:
    with translation.override("en"):
        _english = str(Country(_code).name)
    with translation.override("es"):
        _spanish = str(Country(_code).name)
    SPANISH[f"Map with {_english} highlighted in teal."] = f"Mapa con {_spanish} resaltado en verde azulado."
