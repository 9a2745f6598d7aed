"""News agencies: the short names their copy is credited with, and how each writes its name."""

from __future__ import annotations

#: News agencies by the short names their copy is credited with ("(dpa)", "dpa/AFP"), and
#: how each writes its name, for a credit printed in lower case ("(antara)").
AGENCY_NAMES: dict[str, str] = {
    "dpa": "dpa", "afp": "AFP", "ap": "AP", "reuters": "Reuters", "kna": "KNA", "epd": "epd",
    "sid": "SID", "ddp": "ddp", "dts": "dts", "dpa-afx": "dpa-AFX", "apa": "APA", "sda": "SDA",
    "keystone-sda": "Keystone-SDA", "ansa": "ANSA", "efe": "EFE", "belga": "Belga",
    "anp": "ANP", "pap": "PAP", "ctk": "ČTK", "mti": "MTI", "tt": "TT", "ntb": "NTB",
    "aap": "AAP", "upi": "UPI", "lusa": "Lusa", "stt": "STT", "ritzau": "Ritzau",
    "bta": "BTA", "hina": "HINA", "tanjug": "Tanjug", "tasr": "TASR", "ukrinform": "Ukrinform",
    "unian": "UNIAN", "tass": "TASS", "interfax": "Interfax", "anadolu": "Anadolu",
    "aa": "AA", "xinhua": "Xinhua", "yonhap": "Yonhap", "kyodo": "Kyodo", "pti": "PTI",
    "ians": "IANS", "ani": "ANI", "antara": "Antara", "bernama": "Bernama", "vna": "VNA",
    "mena": "MENA", "wafa": "WAFA", "irna": "IRNA", "isna": "ISNA", "kuna": "KUNA",
    "nan": "NAN",
}  # fmt: skip
#: Each agency's name also as it spells it, case-folded: "čtk" for the Czech agency's "ČTK".
AGENCY_SPELLINGS: dict[str, str] = {
    **{name.casefold(): name for name in AGENCY_NAMES.values()},
    **AGENCY_NAMES,
}
AGENCIES = frozenset(AGENCY_SPELLINGS)
#: Agency names this long at most are acronyms ("AFP", "KUNA"), kept as printed.
AGENCY_ACRONYM_CHARS = 4
