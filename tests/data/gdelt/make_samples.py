#!/usr/bin/env python3
"""Writes the sample GDELT event exports of this directory: nine events of our own (not GDELT's
data) in the three layouts actorgraph reads, GDELT 2.0 (61 columns), 1.0 daily (58) and 1.0
backfile (57, the first five events, dated 2013-01-15, no SOURCEURL). See README.md.

usage: make_samples.py DIR"""
import sys
out = sys.argv[1]

def actor(code, name, country, typ):
    # Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1Code, Religion2Code, Type1..3
    return [code, name, country, "", "", "", "", typ, "", ""]

def geo(v2, t, name, cc, adm1, adm2, lat, lon, fid):
    g = [t, name, cc, adm1]
    if v2:
        g.append(adm2)
    return g + [lat, lon, fid]

PARIS = ("1", "Paris, Ile-de-France, France", "FR", "FR00", "FR7510", "48.8667", "2.3333", "-1456928")
BAKU = ("1", "Baku, Baki, Azerbaijan", "AJ", "AJ09", "AJ0901", "40.3953", "49.8822", "-1735034")
YEREVAN = ("1", "Yerevan, Yerevan, Armenia", "AM", "AM11", "AM1101", "40.1811", "44.5136", "-2014813")
NOGEO = ("0", "", "", "", "", "", "", "")

# (id, date, a1, a2, event, quad, goldstein, mentions, sources, articles, tone, geos, url)
A = dict(
    FRA=actor("FRA", "FRANCE", "FRA", ""),
    FRALEG=actor("FRALEG", "FRANCE", "FRA", "LEG"),
    AZE=actor("AZE", "AZERBAIJAN", "AZE", ""),
    AZEGOV=actor("AZEGOV", "AZERBAIJAN", "AZE", "GOV"),
    AZEGOV_BAKU=actor("AZEGOV", "BAKU", "AZE", "GOV"),
    ARM=actor("ARM", "ARMENIA", "ARM", ""),
    ARMCVL=actor("ARMCVL", "ARMENIA", "ARM", "CVL"),
    USA=actor("USA", "UNITED STATES", "USA", ""),
    UNO=actor("IGOUNO", "UNITED NATIONS", "", "IGO"),
    NONE=actor("", "", "", ""),
)
EVENTS = [
    (1150003101, "20240118", "FRALEG", "AZE", "112", 3, "-2.0", 12, 3, 12, "-4.1", (PARIS, BAKU, PARIS), "https://news.example.org/2024/01/18/french-senate-resolution"),
    (1150003102, "20240118", "AZEGOV", "FRA", "111", 3, "-2.0", 8, 2, 8, "-6.3", (BAKU, PARIS, BAKU), "https://news.example.org/2024/01/18/baku-rejects-resolution"),
    (1150003103, "20240118", "ARM", "FRALEG", "051", 1, "3.4", 6, 1, 6, "2.5", (YEREVAN, PARIS, YEREVAN), "https://news.example.net/yerevan-thanks-paris"),
    (1150003104, "20240118", "AZEGOV_BAKU", "FRA", "1312", 3, "-5.8", 2, 1, 2, "-3.0", (BAKU, PARIS, BAKU), "https://news.example.net/baku-threatens"),
    (1150003105, "20240118", "AZE", "ARMCVL", "190", 4, "-10.0", 20, 4, 20, "-9.8", (BAKU, YEREVAN, YEREVAN), "https://news.example.org/karabakh-offensive"),
    (1150003106, "20240118", "USA", "NONE", "010", 1, "0.0", 4, 1, 4, "0.0", (PARIS, NOGEO, PARIS), "https://news.example.com/state-department-briefing"),
    (1150003107, "20240119", "UNO", "AZE", "0256", 2, "-0.3", 5, 2, 5, "-1.2", (NOGEO, BAKU, BAKU), "https://news.example.com/un-urges-restraint"),
    (1150003108, "20240119", "USA", "ARM", "010", 1, "0.0", 3, 1, 3, "1.0", (NOGEO, YEREVAN, YEREVAN), "https://news.example.com/us-statement-armenia"),
    (1150003109, "20240119", "AZEGOV", "FRA", "163", 4, "-8.0", 3, 1, 3, "-5.5", (BAKU, PARIS, BAKU), "https://news.example.org/baku-sanctions"),
]

def row(e, layout):
    (gid, date, a1, a2, ev, quad, gold, men, src, art, tone, geos, url) = e
    v2 = layout == 61
    y, m, d = date[:4], date[4:6], date[6:]
    frac = "%.4f" % (int(y) + (int(m) - 1) / 12 + (int(d) - 1) / 365)
    r = [str(gid), date, y + m, y, frac] + A[a1] + A[a2]
    r += ["1", ev, ev[:3], ev[:2], str(quad), gold, str(men), str(src), str(art), tone]
    for g in geos:
        r += geo(v2, *g) if g != NOGEO else (list(NOGEO) if v2 else list(NOGEO[:4]) + list(NOGEO[5:]))
    r.append(date + "150000" if v2 else date)
    if layout != 57:
        r.append(url)
    assert len(r) == layout, (len(r), layout)
    return "\t".join(r)

for layout, name, events in ((61, "20240118150000.export.CSV", EVENTS),
                             (58, "20240118.export.CSV", EVENTS),
                             (57, "201301.csv", [e[:1] + ("20130115",) + e[2:] for e in EVENTS[:5]])):
    with open(f"{out}/{name}", "w") as f:
        for e in events:
            f.write(row(e, layout) + "\n")
