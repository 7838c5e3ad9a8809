"""The Spanish demo content, as a translator would write it: English source segment -> Spanish.

One module per content area; `SPANISH` merges them (a segment shared by two areas must read the
same in both). The machinery that submits and fills the translations is cms/demo/translations.py.
`IN_PROGRESS` names the pages deliberately left part-translated, as drafts, so that the
translators' dashboard has work to show: their Spanish covers only some of their segments.
"""

from cms.demo.spanish import news, pages, resources, snippets, workinggroups


def _merge(*modules):
    merged = {}
    for module in modules:
        for english, spanish in module.SPANISH.items():
            if merged.get(english, spanish) != spanish:
                raise ValueError(f"Two Spanish texts for {english[:60]!r} ({module.__name__}).")
            merged[english] = spanish
    return merged


SPANISH = _merge(pages, news, resources, workinggroups, snippets)

# (section slug, page slug) of the pages a translator is still working on.
IN_PROGRESS = [
    ("news", "new-resources-to-protect-human-rights-defenders"),
    ("news", "igt-companion-tool-launch"),
    ("resources", "human-rights-defenders-in-africa"),
]
