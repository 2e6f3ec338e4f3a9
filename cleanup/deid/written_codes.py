"""What a number or code written as one token is: an e-mail, a web or IP address, a phone
number, an SSN, or an ID (four digits or more, or a code with digits and letters); a
written date is none of these (the date finder's), nor is clinical notation (an age, an
obstetric history, a vital sign and its value).

>>> written_kind("555-867-5309"), written_kind("mrn00412x"), written_kind("4/14/1960")
(('CONTACT', 'PHONE'), ('ID', 'IDNUM'), None)
>>> written_kind("p3-0-1-3"), written_kind("bp132/84"), written_kind("7-1/2-year-old")
(None, None, None)
"""
from __future__ import annotations

import regex

from .dates import NAMED_MONTH_DATE, WRITTEN_DATE
from .handles import EMAIL

# A web address: a scheme or www, or a name and a top-level domain (a country's, or one
# of the generic ones people give out: a region, a city, a trade).
_TLDS = """com org net edu gov io uk us info biz health ca au nz ie za in de fr nl es it eu
ch se no dk fi be at pl pt jp sg hk ph ng ke gh wales scot cymru london nyc app online site
clinic care dev ai me tv ly co""".split()
_URL = regex.compile(r"(?:https?://|www\.)\S+|[\w-]{2,}(?:\.[\w-]+)*\.(?:"
                     + "|".join(_TLDS) + r")(?:/\S*)?")
SHORT_CODE = regex.compile(r"(?=.*\d)(?=.*[a-z])[a-z\d]{3,8}"
                           # a letter or two and digits with a hyphen ("Q-4417", which an
                           # obstetric history's shape has too), five digits or more in
                           # groups ("7781-22")
                           r"|[a-z]{1,4}-\d{3,8}|\d{3,8}-[a-z]{1,4}|(?=(?:\D*\d){5})\d{2,8}(?:-\d{2,8})+")
_IP = regex.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
_PHONE_PIECE = regex.compile(r"\+?\(?\d[\d().-]*\)?")
_CODE = regex.compile(r"(?=(?:.*\d){4})(?=.*[a-z])[a-z\d/-]{6,}")


# A dose or a rate glued to its units: "20mcg/hr", "5mg/kg", "10mg/5ml", "2.5mg".
_UNIT = (r"(?:mcg|mg|g|gms?|kg|lbs?|oz|ml|l|iu|units?|meq|mmol|hrs?|h|hours?|mins?|days?|d|wks?"
         r"|mm|cm)")
_DOSE = rf"\d+(?:\.\d+)?{_UNIT}(?:/\d*(?:\.\d+)?{_UNIT})*"


# Clinical notation written as one token with digits, no one's number: an age
# ("7-1/2-year-old"), a decade ("mid-2000s"), an obstetric history ("P3-0-1-3", "G2P1",
# "para-3-0-1-3"), a vital sign glued to its value ("BP132/84", "T37.2C") or a dose with
# its units.
_NOTATION = regex.compile(r".*-(?:year|month|week|day)s?-old|(?:mid|early|late)-\d{2,4}s?"
                          r"|(?:g-?\d{1,2})?p(?:ara)?-?\d{1,2}"
                          r"(?:-?\d{1,2}){0,3}|(?:g-?\d{1,2})|(?:bp|hr|rr|pr|t|p|o2|spo2|sao2)"
                          r"\d+(?:[/.]\d+)?[cf]?|" + _DOSE)


# Two words with no space after a sentence's period: "as well.It hasn't", not a web address.
_RUN_ON = regex.compile(r"[a-z]{2,}\.[A-Z][a-z]*")


def run_on(core: str) -> bool:
    """Whether a word is two words of two sentences run together (``well.It``).

    >>> run_on("well.It"), run_on("clinic.org"), run_on("Clinic.org")
    (True, False, False)
    """
    return bool(_RUN_ON.fullmatch(core))


def written_kind(key: str) -> tuple[str, str] | None:
    if WRITTEN_DATE.fullmatch(key) or NAMED_MONTH_DATE.fullmatch(key):
        return None  # a date (the date finder's)
    if _NOTATION.fullmatch(key):
        return None  # "7-1/2-year-old", "P3-0-1-3", "BP132/84": clinical notation
    if EMAIL.fullmatch(key):
        return "CONTACT", "EMAIL"
    if _IP.fullmatch(key):
        return "CONTACT", "IPADDR"
    if _URL.fullmatch(key) and not key.replace(".", "").isdigit():
        return "CONTACT", "URL"
    if regex.fullmatch(r"\d{3}-\d{2}-\d{4}", key):
        return "ID", "SSN"
    digits_in = sum(ch.isdigit() for ch in key)
    if _PHONE_PIECE.fullmatch(key) and digits_in >= 7 and not key.isdigit() and \
            "." not in key.strip("."):
        return "CONTACT", "PHONE"
    if key.isdigit() and len(key) >= 4:
        return "ID", "IDNUM"  # under five digits only after a cue (_written)
    if _CODE.fullmatch(key) and not key.isdigit():
        return "ID", "IDNUM"
    return None
