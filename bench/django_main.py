"""`python -m bench.django_main MODULE [ARGS...]`: set Django up, then run MODULE's main(ARGS).

Bench modules import models at the top, so they need django.setup() before they are imported.
"""

import importlib
import sys

import django

if __name__ == "__main__":
    django.setup()
    importlib.import_module(sys.argv[1]).main(sys.argv[2:])
