"""The VPI's usual Spanish terms (vpi_domain.yaml, glossary_es), so every text says them the same way."""

VPSHR = "Principios Voluntarios sobre Seguridad y Derechos Humanos"
VPI = "la Iniciativa de los Principios Voluntarios (VPI)"
ICWG = "Grupo de Trabajo en el País"
ICWGS = "Grupos de Trabajo en el País"
UNGPS = "Principios Rectores de Naciones Unidas sobre Empresas y Derechos Humanos"
