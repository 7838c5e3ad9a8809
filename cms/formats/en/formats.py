"""International English formats: "5 September 2024", not the US agency style "Sept. 5, 2024".

Django's own English formats with the date written day-month-year; FORMAT_MODULE_PATH in the
settings points here. Spanish keeps Django's formats ("5 de septiembre de 2024").
"""

from django.conf.locale.en.formats import *  # noqa: F403

DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "j M Y"
SHORT_DATETIME_FORMAT = "j M Y, H:i"
TIME_FORMAT = "H:i"
FIRST_DAY_OF_WEEK = 1  # Monday
