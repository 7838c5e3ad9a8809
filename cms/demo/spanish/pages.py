"""Spanish for the home page, the section indexes and the standard pages (English source text -> Spanish)."""

from cms.demo.spanish.terms import ICWGS, VPSHR

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
        "Grupos de trabajo en países que van de Chile a Mozambique reúnen a empresas, gobiernos y sociedad civil "
        "en torno a los desafíos locales de seguridad y derechos humanos.",
    "About the Initiative": "Sobre la Iniciativa",
    "The Voluntary Principles on Security and Human Rights guide companies on keeping their operations secure "
    "while respecting human rights. The Voluntary Principles Initiative brings together over 75 Members and "
    "Observers (governments, companies and non-governmental organisations) to share good practice and support "
    'implementation. <a id="a1">Read more about the Initiative</a>.':
        f"Los {VPSHR} orientan a las empresas para mantener la "
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
        f"Los {ICWGS} reúnen a gobiernos, empresas y sociedad civil para poner en práctica "
        "los Principios Voluntarios a nivel local. Algunos los crea y apoya la VPI; los grupos asociados los "
        "dirigen otras organizaciones y colaboran con ella.",
    "Resources": "Recursos",
    "resources": "recursos",
    "Guidance, toolkits, training material, reports and governance documents, in the languages they are "
    "available in.":
        "Guías, herramientas, material de formación, informes y documentos de gobernanza, en los idiomas en que "
        "están disponibles.",

    # Standard pages: the Voluntary Principles
    "The Voluntary Principles": "Los Principios Voluntarios",
    "about-the-principles": "sobre-los-principios",
    "Agreed in December 2000, the Voluntary Principles guide extractive and energy companies on keeping their "
    "operations secure in a way that respects human rights.":
        "Acordados en diciembre de 2000, los Principios Voluntarios orientan a las empresas extractivas y "
        "energéticas para mantener la seguridad de sus operaciones de un modo que respete los derechos humanos.",
    "The Principles were drawn up by the US State Department, the UK Foreign and Commonwealth Office, extractive "
    "and energy companies, and human rights, labour and corporate responsibility NGOs. "
    '<a id="a1">Read the text</a>.':
        "Los Principios fueron elaborados por el Departamento de Estado de los Estados Unidos, el Ministerio de "
        "Asuntos Exteriores y de la Commonwealth del Reino Unido, empresas extractivas y energéticas y ONG de "
        "derechos humanos, derechos laborales y responsabilidad social corporativa. "
        '<a id="a1">Lea el texto</a>.',
    "Introduction": "Introducción",
    "Security is a basic need shared by all, and security and human rights can and should go together. "
    "Governments bear the primary responsibility for protecting human rights, and all parties to a conflict "
    "must respect international humanitarian law.":
        "La seguridad es una necesidad básica compartida por todos, y la seguridad y los derechos humanos pueden "
        "y deben ir de la mano. Los gobiernos tienen la responsabilidad primordial de proteger los derechos "
        "humanos, y todas las partes en un conflicto deben respetar el derecho internacional humanitario.",
    "Risk assessment": "Evaluación de riesgos",
    "Companies should assess the security risks around their operations, and the potential for human rights "
    "abuses, accurately and regularly: political, economic and social risk factors, the likelihood of violence, "
    "the human rights records of security forces and local actors, the capacity of local prosecutors and "
    "courts, the root causes of local conflict, and the risk that equipment given to security forces is "
    "misused.":
        "Las empresas deben evaluar con rigor y de forma periódica los riesgos para la seguridad en torno a sus "
        "operaciones y el potencial de abusos contra los derechos humanos: los factores de riesgo políticos, "
        "económicos y sociales, la probabilidad de violencia, los antecedentes en materia de derechos humanos de "
        "las fuerzas de seguridad y de los actores locales, la capacidad de la fiscalía y los tribunales "
        "locales, las causas profundas de los conflictos locales y el riesgo de que se haga un uso indebido del "
        "equipo entregado a las fuerzas de seguridad.",
    "Interactions between companies and public security": "Relaciones entre las empresas y la seguridad pública",
    "Governments lead on law and order, but companies should work to ensure that public security protecting "
    "their operations respects human rights and international standards for law enforcement. That means "
    "regular consultation with host governments and communities, transparent arrangements, proportionate "
    "deployments of trained personnel that exclude known abusers, lawful and accounted-for support, and "
    "recording, reporting and pressing for investigation of alleged abuses.":
        "El mantenimiento del orden público corresponde a los gobiernos, pero las empresas deben procurar que la "
        "seguridad pública que protege sus operaciones respete los derechos humanos y las normas "
        "internacionales para el cumplimiento de la ley. Ello supone consultar periódicamente a los gobiernos "
        "anfitriones y a las comunidades, acuerdos transparentes, despliegues proporcionados de personal "
        "capacitado que excluyan a los autores conocidos de abusos, un apoyo lícito y debidamente registrado, y "
        "registrar y denunciar los presuntos abusos e instar a que se investiguen.",
    "Interactions between companies and private security": "Relaciones entre las empresas y la seguridad privada",
    "Where host governments cannot or will not provide adequate security, companies may hire private "
    "providers. They should act only preventively and defensively, screen their staff, use no more force than "
    "is strictly necessary and proportionate, and record, report and investigate incidents. Companies should "
    "write the Principles into contracts, monitor providers and end contracts where there is credible "
    "evidence of abuse.":
        "Cuando los gobiernos anfitriones no pueden o no quieren proporcionar una seguridad adecuada, las "
        "empresas pueden contratar proveedores privados. Estos deben actuar solo de forma preventiva y "
        "defensiva, verificar los antecedentes de su personal, no usar más fuerza que la estrictamente necesaria "
        "y proporcionada, y registrar, denunciar e investigar los incidentes. Las empresas deben incorporar los "
        "Principios en los contratos, supervisar a los proveedores y rescindir los contratos cuando haya "
        "pruebas fidedignas de abusos.",

    # Standard pages: the Initiative
    "The Initiative": "La Iniciativa",
    "the-initiative": "la-iniciativa",
    "Governments, companies and NGOs, with observers, working together to implement the Voluntary Principles.":
        "Gobiernos, empresas y ONG, junto con observadores, trabajan juntos para aplicar los Principios "
        "Voluntarios.",
    "Members": "Miembros",
    "The Initiative has three pillars (governments, companies and non-governmental organisations) and "
    "observers: international organisations and industry associations. Companies that extract, harvest or "
    "develop natural resources or energy can apply, as can NGOs that advance human rights or other norms "
    "relevant to the Principles. Individuals, consulting firms, security companies and educational "
    "institutions cannot join.":
        "La Iniciativa tiene tres pilares (gobiernos, empresas y organizaciones no gubernamentales) y "
        "observadores: organizaciones internacionales y asociaciones sectoriales. Pueden solicitar la adhesión "
        "las empresas que extraen, cosechan o desarrollan recursos naturales o energía, así como las ONG que "
        "promueven los derechos humanos u otras normas pertinentes para los Principios. No pueden adherirse "
        "particulares, consultoras, empresas de seguridad ni instituciones educativas.",
    "New members join as Engaged Members and become Full Members once they have shown their implementation "
    "efforts; a government first develops a National Action Plan.":
        "Los nuevos miembros ingresan como Miembros Comprometidos y pasan a ser Miembros Plenos cuando han "
        "demostrado sus esfuerzos de aplicación; un gobierno elabora primero un Plan de Acción Nacional.",
    "How to apply": "Cómo solicitar la adhesión",
    "Applications open twice a year, in March and September, and are sent in English to "
    '<a id="a1">applications@voluntaryprinciples.org</a>. <a id="a2">The admission frameworks</a> set out the '
    "criteria for each category.":
        "El plazo de solicitud se abre dos veces al año, en marzo y en septiembre, y las solicitudes se envían "
        'en inglés a <a id="a1">applications@voluntaryprinciples.org</a>. <a id="a2">Los marcos de '
        "admisión</a> establecen los criterios de cada categoría.",
    "Governance": "Gobernanza",
    "A Steering Committee with members from all three pillars governs the Initiative. An annual Plenary of all "
    "members admits new members and hands over the rotating government Chair: the United Kingdom took over "
    "from the United States in March 2025. The Voluntary Principles Association, a not-for-profit registered "
    "in the Netherlands, handles administration and finance, and a Secretariat runs day-to-day business. "
    '<a id="a1">The Governance Rules</a> date from 2011.':
        "Un Comité Directivo con miembros de los tres pilares gobierna la Iniciativa. Un Plenario anual de todos "
        "los miembros admite a los nuevos miembros y traspasa la presidencia, que ocupa por turnos un gobierno: "
        "el Reino Unido sucedió a los Estados Unidos en marzo de 2025. La Asociación de los Principios "
        "Voluntarios, una entidad sin ánimo de lucro registrada en los Países Bajos, se ocupa de la "
        "administración y las finanzas, y una Secretaría gestiona el trabajo diario. "
        '<a id="a1">Las Normas de Gobernanza</a> datan de 2011.',

    # The site footer (its heading "Contact" and "VPI Secretariat" are the contact page's, below)
    "© Voluntary Principles Initiative. Demo content for the VPI CMS.":
        "© Iniciativa de los Principios Voluntarios. Contenido de demostración del CMS de la VPI.",

    # Standard pages: Contact
    "Contact": "Contacto",
    "contact": "contacto",
    "How to reach the VPI Secretariat, about working groups, membership or anything else.":
        "Cómo ponerse en contacto con la Secretaría de la VPI sobre los grupos de trabajo, la adhesión o "
        "cualquier otro asunto.",
    "VPI Secretariat": "Secretaría de la VPI",
    "In-Country Working Groups and general enquiries": "Grupos de Trabajo en el País y consultas generales",
    "Membership applications": "Solicitudes de adhesión",
    "Applications open in March and September": "El plazo de solicitud se abre en marzo y en septiembre",
}
