"""Spanish for the demo resources (English source text -> Spanish)."""

from cms.demo.spanish.terms import VPSHR

SPANISH = {
    # Key resources
    "The Voluntary Principles on Security and Human Rights": f"Los {VPSHR}",
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
        f"Curso de formación sobre los {VPSHR}",
    "training-course": "curso-de-formacion",
    "A course for company staff and private and public security personnel on human rights frameworks, ethics, "
    "roles and responsibilities (including gender and vulnerable groups) and the use of force.":
        "Un curso para personal de empresas y de seguridad pública y privada sobre marcos de derechos humanos, "
        "ética, funciones y responsabilidades (incluidos el género y los grupos vulnerables) y el uso de la "
        "fuerza.",

    # Resources with a Spanish file
    "Implementation Guidance Tools (IGT)": "Herramientas de Orientación para la Implementación (IGT)",
    "implementation-guidance-tools": "herramientas-de-orientacion-para-la-implementacion",
    "Practical, non-prescriptive tools in four modules: stakeholder engagement, risk assessment, public "
    "security providers and private security providers, with annexes such as sample contract clauses and "
    "incident reporting. Published by ICMM, ICRC, IFC and IPIECA with input from VPI participants.":
        "Herramientas prácticas y no prescriptivas en cuatro módulos: relación con las partes interesadas, "
        "evaluación de riesgos, proveedores de seguridad pública y proveedores de seguridad privada, con anexos "
        "como modelos de cláusulas contractuales y de notificación de incidentes. Publicadas por el ICMM, el "
        "CICR, la IFC e IPIECA con aportaciones de participantes de la VPI.",
    "Addressing Security and Human Rights Challenges in Complex Environments: Toolkit":
        "Cómo abordar los desafíos de seguridad y derechos humanos en entornos complejos: caja de herramientas",
    "security-and-human-rights-toolkit": "caja-de-herramientas-seguridad-y-derechos-humanos",
    "A compendium of good practice by DCAF and the ICRC for companies, security providers, civil society and "
    "regulators. Third edition.":
        "Un compendio de buenas prácticas de DCAF y el CICR para empresas, proveedores de seguridad, sociedad "
        "civil y autoridades reguladoras. Tercera edición.",
    # The two fact sheets exist only in Spanish: their Spanish pages take the documents' own titles.
    "Background for Governments on Implementing the Voluntary Principles (fact sheet, Spanish)":
        "Principios Voluntarios en Seguridad y Derechos Humanos: antecedentes para los gobiernos sobre "
        "implementación (hoja informativa)",
    "fact-sheet-governments": "hoja-informativa-gobiernos",
    "A Spanish-language overview of the Initiative for governments, citing the Peru working group as an "
    "example.":
        "Una presentación de la Iniciativa para los gobiernos, que cita como ejemplo el grupo de trabajo del "
        "Perú.",
    "Background on Implementation by Companies (fact sheet, Spanish)":
        "Los Principios Voluntarios en Seguridad y Derechos Humanos: antecedentes en la implementación por parte "
        "de las compañías (hoja informativa)",
    "fact-sheet-companies": "hoja-informativa-empresas",
    "A Spanish-language overview of what companies gain from the Initiative and how they put the Principles "
    "into practice.":
        "Una presentación de lo que las empresas obtienen de la Iniciativa y de cómo ponen en práctica los "
        "Principios.",

    # In progress (cms.demo.spanish.IN_PROGRESS): only the title so far.
    "Understanding the Unique Situation of Human Rights Defenders in Africa":
        "Comprender la situación particular de las personas defensoras de derechos humanos en África",
}
