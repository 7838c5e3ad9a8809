"""Spanish for the published working-group profiles (English source text -> Spanish)."""

from cms.demo.spanish.terms import UNGPS

SPANISH = {
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
        f"Difundir los Principios Voluntarios y los {UNGPS}, y formar sobre ellos",
    "Promote multi-stakeholder dialogue based on both sets of principles":
        "Promover el diálogo entre múltiples partes interesadas basado en ambos conjuntos de principios",
    "Support their implementation through Peru's National Action Plan":
        "Apoyar su aplicación mediante el Plan de Acción Nacional del Perú",
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

}
