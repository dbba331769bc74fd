#!/usr/bin/env python3
"""Converts the Phoenix actor dictionaries of PETRARCH2 into data/dict/phoenix.json.

usage: gen_phoenix.py DICT_DIR [WORDS] > data/dict/phoenix.json

DICT_DIR holds Phoenix.Countries.actors.txt, Phoenix.International.actors.txt
and Phoenix.MilNonState.actors.txt from the openeventdata/petrarch2 repository
(petrarch2/data/dictionaries/, MIT licence: data/PHOENIX-LICENSE); WORDS is an
English word list (default /usr/share/dict/words, Debian's wamerican). Run by
maintainers when the source changes, never at build time; the input is not
committed. data/PROVENANCE.md says what is kept and dropped and why; the
summary of a run goes to standard error.

The Phoenix files are in TABARI's format: a primary phrase (words joined by
'_'), '+' synonyms, and CAMEO codes in brackets, on the phrase's line or on
tab-indented lines, each optionally restricted to dates (YYMMDD or YYYYMMDD;
YY 00-30 is 20YY; 'A-B', '<B', '>A'). A code is a country (ISO-like, three
letters) followed by sectors (GOV government, MIL military, ELI elite, REB
rebels, OPP opposition, ...), or IGO followed by the organisation.

Output: one "people" entry per person, whose dated codes become "posts"
(dict.h), and one "actors" entry per armed group with its country.
"""
import json
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "data", "dict")

# CAMEO country codes of states that no longer exist, and other non-ISO codes,
# coded as their successor state (as CAMEO-based gold does: Soviet -> RUS).
HISTORIC = {"SUN": "RUS", "DDR": "DEU", "YUG": "SRB", "SCG": "SRB", "FRY": "SRB", "CSK": "CZE",
            "KSV": "XKX", "TMP": "TLS", "ANG": "AGO", "ZAR": "COD", "BUR": "MMR"}
# IGO codes (after "IGO") of the organisations data/dict/actors.json knows.
IGOS = {"UNO": "UN", "UNOHLHWHO": "WHO", "UNOIAE": "IAEA", "UNOREFHCR": "UNHCR", "UNOKID": "UNICEF",
        "UNOWFP": "WFP", "UNODEVWBK": "WORLDBANK", "UNOWBK": "WORLDBANK", "UNOJUDICJ": "ICJ",
        "UNOHRIHCH": "UN.OHCHR", "BUSIMF": "IMF", "BUSWTO": "WTO", "WSTNAT": "NATO", "EUREEC": "EU",
        "EUR": "EU", "AFRAFU": "AU", "AFROAU": "AU", "SEAASN": "ASEAN", "OAS": "OAS",
        "MEAARL": "ARABLEAGUE", "JUDICC": "ICC", "CWN": "COMMONWEALTH", "WAFWAS": "ECOWAS",
        "BUSOPC": "OPEC", "COPITP": "INTERPOL", "MOSOIC": "OIC", "SAFDEVSAD": "SADC",
        "EAFEAC": "EAC", "CRB": "CARICOM", "EURCOE": "COE", "EUROSC": "OSCE"}
# The organ a sector code stands for; posts in other sectors are the state's.
ORGANS = {"GOV": "GOV", "GOVMIL": "MOD", "MIL": "MIL", "GOVLEG": "PARLIAMENT", "LEG": "PARLIAMENT",
          "GOVJUD": "COURT", "JUD": "COURT", "GOVSPY": "INTEL", "SPY": "INTEL", "GOVCOP": "POLICE",
          "COP": "POLICE", "GOVPTY": "GOV", "MILGOV": "MIL"}
# Government posts of minor portfolios (agriculture, education, ...): a person
# holding only these and elite (ELI) posts is left out (see PROVENANCE.md).
MINOR = {"AGR", "BUS", "EDU", "ENV", "HLH", "LAB", "DEV", "MED", "HRI", "REL", "REF"}
# Words a person's synonym may start with that are titles, not names: "PRESIDENT_BUSH".
TITLES = set("""PRESIDENT PRESIDENT-ELECT VICE VICE-PRESIDENT FORMER EX EX-PRESIDENT PRIME MINISTER
PREMIER MR MR. MRS MRS. MS MS. DR DR. SIR GOV. GOVERNOR SENATOR SEN. KING QUEEN PRINCE SHEIKH SHEIK
GENERAL GEN. SECRETARY SECRETARY-GENERAL GENERAL-SECRETARY US U.S. AMERICAN UNITED STATES FOREIGN
DEFENSE DEFENCE CHANCELLOR LEADER COMRADE MARSHAL FIELD AYATOLLAH EMIR AMIR COLONEL COL. CAPTAIN
LT. LIEUTENANT ADMIRAL SPEAKER CHAIRMAN JUDGE JUSTICE THE UN U.N. SOVIET RUSSIAN BRITISH FRENCH
GERMAN CHINESE ISRAELI PALESTINIAN IRAQI IRANIAN""".split())
# A synonym naming an office or a government, not the person: left out.
NOT_PERSON = re.compile(r"ADMINISTRATION|GOVERNMENT|CABINET|REGIME|OFFICE|CAMPAIGN|FAMILY")
PARTICLES = {"al", "el", "bin", "ibn", "bint", "de", "da", "di", "du", "del", "van", "von", "der",
             "den", "la", "le", "dos", "das", "abu", "ben", "y"}
# Countries whose people are named family name first ("Xi Jinping", "Kim Jong Un"):
# no surname is guessed from the last word.
FAMILY_FIRST = {"CHN", "TWN", "PRK", "KOR", "VNM", "KHM", "MNG", "HUN", "SGP", "MMR", "LAO"}
# Words of a Countries entry that make it an institution, not a person.
INSTITUTION = re.compile(r"\b(ARMY|FORCES?|MINISTRY|PARTY|MOVEMENT|FRONT|COUNCIL|CONGRESS|COURT|"
                         r"ASSEMBLY|PARLIAMENT|COMMITTEE|POLICE|GOVERNMENT|PARLIAMENT|SENATE|"
                         r"AUTHORITY|REPUBLIC|SERVICE|AGENCY|BANK|GUARD|UNION|LEAGUE|COMMISSION|"
                         r"OFFICE|DEPARTMENT|BUREAU|POLITBURO|SOVIET|CORPS|BRIGADES?|ALLIANCE|"
                         r"ORGANI[SZ]ATION|COALITION|ASSOCIATION|PRESIDENCY|STATES)\b")
# Capitalised words that are no surnames though the word list has them capitalised
# (religions, peoples, parties, ranks, directions): never guessed as a name.
NOT_SURNAMES = set("""christian catholic protestant orthodox muslim moslem islamic islamist jewish arab
arabic sunni shia shiite shiia hindu buddhist sikh coptic copt maronite druze kurdish kurd baptist
methodist anglican lutheran evangelical democrat democratic republican labour labor liberal
conservative socialist communist green nationalist federal national international royal union
united senate congress parliament general major colonel captain admiral king prince princess queen
sultan emir sheikh pope bishop cardinal saint santa north south east west central western eastern
northern southern new old great grand african european asian american latin pacific atlantic
monday tuesday wednesday thursday friday saturday sunday january february march april june july
august september october november december christmas easter ramadan""".split())
MAX_TOKENS = 8  # AG_PHRASE_MAX


def fail(msg):
    sys.exit("gen_phoenix: " + msg)


def parse(path):
    """TABARI records: [(phrases, [(code, from, to)], comment)], in file order."""
    records, cur = [], None
    for raw in open(path, encoding="utf-8", errors="replace"):
        line, _, comment = raw.rstrip("\n").partition("#")
        if not line.strip():
            continue
        codes = re.findall(r"\[([^\]]*)\]", line)
        text = re.sub(r"\[[^\]]*\]", "", line).strip()
        if raw[:1] in "\t " and not text:
            if cur:
                cur[1].extend(codes)
            continue
        if text.startswith("+"):
            if cur:
                cur[0].append(text[1:].strip())
                cur[1].extend(codes)
            continue
        cur = ([text], list(codes), comment)
        records.append(cur)
    return records


def date(s):
    """A TABARI date as YYYY-MM-DD, or None when invalid."""
    if not s.isdigit() or len(s) not in (6, 8):
        return None
    if len(s) == 6:
        yy = int(s[:2])
        s = ("20" if yy <= 30 else "19") + s
    y, m, d = int(s[:4]), int(s[4:6]), int(s[6:])
    days = [31, 29 if (y % 4 == 0 and y % 100) or y % 400 == 0 else 28, 31, 30, 31, 30, 31, 31, 30,
            31, 30, 31]
    if not (1 <= m <= 12 and 1 <= d <= days[m - 1]):
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def restriction(code):
    """'USAGOV 810120-890120' -> ('USAGOV', from, to); None when a date is invalid."""
    parts = code.split()
    if not parts:
        return None
    c, frm, to = parts[0], None, None
    if len(parts) > 1:
        r = parts[1]
        if r.startswith("<"):
            to = date(r[1:])
            ok = to is not None
        elif r.startswith(">"):
            frm = date(r[1:])
            ok = frm is not None
        else:
            a, _, b = r.partition("-")
            frm, to = date(a), date(b)
            ok = frm is not None and to is not None and frm <= to
        if not ok:
            return None
    return c, frm, to


def words(phrase):
    return [w for w in re.sub(r"\([^)]*\)", " ", phrase).replace("_", " ").split() if w]


def name_case(tokens):
    """RONALD WILSON REAGAN -> Ronald Wilson Reagan; AL-SISI -> al-Sisi."""
    out = []
    for i, w in enumerate(tokens):
        if w.upper() in ("II", "III", "IV", "VI"):
            out.append(w.upper())
            continue
        parts = []
        for p in w.split("-"):
            low = p.lower()
            if low in PARTICLES and (i or parts):
                parts.append(low)
            else:
                parts.append("'".join(x[:1].upper() + x[1:] for x in low.split("'")))
        out.append("-".join(parts))
    return " ".join(out)


class Converter:
    def __init__(self, words_path):
        self.states = {s["id"]: s for s in load("states.json")["states"]}
        self.actor_ids = {a["id"] for a in load("actors.json")["actors"]}
        self.organs = {o["suffix"] for o in load("organs.json")["organs"]}
        self.curated = {p.get("id") or slug(p["label"]) for p in load("people.json")["people"]}
        self.curated |= self.actor_ids | {slug(o["label"].replace("{adj}", st["adj"][0] if st.get("adj") else st["label"]))
                                          for o in load("organs.json")["organs"] if o.get("group")
                                          for st in self.states.values()}
        self.phrases = existing_phrases()
        # common words only: the list also holds names ("Reagan", "Arafat")
        self.english = {w.strip() for w in open(words_path, encoding="utf-8", errors="replace")
                        if w.strip().islower()}
        self.people = {}   # label -> {"names": set, "posts": [...], "kinds": set}
        self.groups = {}   # label -> {"names": set, "country": ISO or None}
        self.places = defaultdict(set)  # name -> states whose country entry lists it
        self.state_of_name = {n.lower(): sid for sid, st in self.states.items()
                              for n in [st["label"]] + st.get("names", [])}
        self.stats = defaultdict(int)

    def country(self, c3):
        c3 = HISTORIC.get(c3, c3)
        return c3 if c3 in self.states else None

    def parent(self, code):
        """The parent id a CAMEO code stands for, and whether it is a major post."""
        if code.startswith("IGO"):
            igo = IGOS.get(code[3:])
            return (igo, True) if igo else (None, False)
        iso = self.country(code[:3])
        if not iso:
            return None, False
        sector = code[3:]
        organ = ORGANS.get(sector)
        if organ:
            return f"{iso}.{organ}", True
        if sector.startswith("GOV") and sector[3:6] in MINOR:
            return f"{iso}.GOV", False
        return iso, sector[:3] in ("REB", "OPP", "PTY", "UAF")

    def person(self, names, codes, source):
        tokens = words(names[0])
        while tokens and tokens[0].upper() in TITLES and len(tokens) > 2:
            tokens = tokens[1:]
        if not tokens or len(tokens) > MAX_TOKENS:
            self.stats["dropped: no usable name"] += 1
            return
        label = name_case(tokens)
        posts, major = [], False
        for code in codes:
            r = restriction(code)
            if not r:
                self.stats["posts dropped: invalid date"] += 1
                continue
            parent, is_major = self.parent(r[0])
            if not parent:
                self.stats["posts dropped: code of no known country or IGO"] += 1
                continue
            major = major or is_major
            post = {"parent": parent}
            if r[1]:
                post["from"] = r[1]
            if r[2]:
                post["to"] = r[2]
            posts.append(post)
        if not posts:
            self.stats["dropped: no post with a known country or IGO"] += 1
            return
        if not major:
            self.stats["dropped: minor portfolios and elite posts only"] += 1
            return
        if slug(label) in self.curated:
            self.stats["dropped: hand-curated in people.json or actors.json"] += 1
            return
        p = self.people.setdefault(slug(label), {"label": label, "names": set(), "single": set(),
                                                 "posts": []})
        for post in posts:
            if post not in p["posts"]:
                p["posts"].append(post)
        for n in names[1:]:
            t = words(n)
            if NOT_PERSON.search(n.upper()) or not t:
                continue
            while t and t[0].upper() in TITLES and len(t) > 1:
                t = t[1:]
            if not t or len(t) > MAX_TOKENS or not set(w.upper() for w in t) & set(tokens):
                continue
            if len(t) != len(tokens):  # "MINISTER_OF_DEFENSE_EHUD_BARAK": from a word of the name on
                t = t[next(i for i, w in enumerate(t) if w.upper() in tokens):]
            alias = name_case(t)
            if len(t) == 1:  # "PRESIDENT_BUSH": the curators' own surname; checked in surnames()
                p["single"].add(alias)
            elif alias != label:
                p["names"].add(alias)

    def group(self, names, codes):
        tokens = words(names[0])
        if not tokens or len(tokens) > MAX_TOKENS:
            return
        label = name_case(tokens)
        iso = None
        for code in codes:
            r = restriction(code)
            if r and not r[0].startswith(("IGO", "IMG", "INT")):
                iso = iso or self.country(r[0][:3])
        g = self.groups.setdefault(label, {"names": set(), "country": iso})
        g["country"] = g["country"] or iso
        for n in names:
            t = words(n)
            if t and len(t) <= MAX_TOKENS:
                g["names"].add(name_case(t))
            acronym = re.search(r"\(([A-Z]{3,6})\)", n)
            if acronym:
                g["names"].add(acronym.group(1))

    def read_countries(self, path):
        for names, codes, comment in parse(path):
            state = self.state_of_name.get(" ".join(words(names[0])).lower())
            if state:
                self.country_entry(state, names[1:])
                continue
            if not codes:
                continue
            first = names[0].upper()
            if "CountryInfo" in comment or not INSTITUTION.search(first):
                self.person(names, codes, "Countries")
            else:
                self.stats["institutions left to the organ dictionary"] += 1

    def country_entry(self, state, aliases):
        """The synonyms of a country's entry that are places: cities, provinces,
        regions ("HERAT", "DARFUR"); spelling variants and foreign names come
        along (they match nothing else)."""
        self.stats["country entries (states.json has the states; their places taken)"] += 1
        for a in aliases:
            t = words(a)
            if not t or len(t) > MAX_TOKENS or any(w.upper() in TITLES for w in t) or \
                    NOT_PERSON.search(a.upper()) or not all(re.fullmatch(r"[A-Za-z'\-.]+", w) for w in t):
                continue
            name = name_case(t)
            low = name.lower()
            if low in self.phrases or (len(t) == 1 and (len(name) < 4 or low in self.english)):
                continue
            full = [n.lower() for n in [self.states[state]["label"]] + self.states[state].get("names", [])]
            if any(f.startswith(low + " ") for f in full):  # "Central African": a cut name, an adjective
                continue
            self.places[name].add(state)

    def read_international(self, path):
        for names, codes, comment in parse(path):
            if any(c.startswith("IGO") and (" " in c.strip()) for c in codes):
                self.person(names, codes, "International")
            else:
                self.stats["organisations, companies and NGOs not taken"] += 1

    def read_milnonstate(self, path):
        for names, codes, comment in parse(path):
            if codes and any("ELI" not in c and " " in c.strip() for c in codes) and \
                    not INSTITUTION.search(names[0].upper()) and len(codes) == 1:
                self.person(names, codes, "MilNonState")
            elif codes:
                self.group(names, codes)

    def surnames(self):
        """Single words as names: the surnames Phoenix writes after a title
        ("PRESIDENT_BUSH") and the last word of other names, when it is none of
        NOT_SURNAMES ("Christian", "Democrat") and no more than
        one country's people bear it (else only by the one whose major posts
        lasted 4 years or more and thrice as long as any other's), it is no
        known phrase and, for a guessed one, no common English word, and the
        person's country does not put the family name first."""
        by_surname = defaultdict(list)
        for p in load("people.json")["people"]:
            parents = [p.get("parent")] + [x["parent"] for x in p.get("posts", [])]
            by_surname[p["label"].split()[-1].lower()].append(
                (frozenset(x.split(".")[0] for x in parents if x), 0, None))
        for key, p in self.people.items():
            label = p["label"]
            p["countries"] = {post["parent"].split(".")[0] for post in p["posts"]}
            years = sum(span(x) for x in p["posts"] if "." in x["parent"] or x["parent"] in IGOS.values())
            for s in p["single"] | {label.split()[-1]}:
                by_surname[s.lower()].append((frozenset(p["countries"]), years, label))
        for key, p in self.people.items():
            label = p["label"]
            tokens = label.split()
            guessed = tokens[-1] if len(tokens) > 1 else None
            for s in sorted(p["single"] | ({guessed} if guessed else set())):
                low = s.lower()
                if p["countries"] & FAMILY_FIRST and s not in p["single"]:
                    continue
                if len(s) < 3 or (s not in p["single"] and len(s) < 4) or \
                        not re.fullmatch(r"[A-Z][a-z'\-]+", s):
                    self.stats["surnames not used: short or not a plain word"] += 1
                    continue
                if low in self.phrases or low in NOT_SURNAMES or \
                        (s not in p["single"] and low in self.english):
                    self.stats["surnames not used: a common English word or a known phrase"] += 1
                    continue
                bearers = by_surname[low]
                countries = set()
                for c, _, _ in bearers:
                    countries |= c
                mine = max(y for c, y, l in bearers if l == label)
                others = [y for c, y, l in bearers if l != label and c != frozenset(p["countries"])]
                if len(countries) > 1 and not (mine >= 4 and all(mine >= 3 * y and y >= 0 for y in others)
                                               and all(l for c, y, l in bearers)):
                    self.stats["surnames not used: people of several countries"] += 1
                    continue
                p["names"].add(s)
                self.stats["surnames used"] += 1

    def output(self):
        people = []
        for key in sorted(self.people):
            p = self.people[key]
            label = p["label"]
            names = sorted(n for n in p["names"] if n.lower() not in self.phrases)
            posts = sorted(p["posts"], key=lambda x: (x.get("from", ""), x.get("to", "9")))
            entry = {"label": label, "names": names}
            undated = [x["parent"] for x in posts if len(x) == 1]
            states = {x["parent"].split(".")[0] for x in posts}
            if undated:
                entry["parent"] = undated[0]
            elif len(states) == 1 and next(iter(states)) in self.states:
                entry["parent"] = next(iter(states))
            if "parent" in entry and entry["parent"] in self.states:
                # the state's own posts (elite, rebel) add nothing to "parent"
                posts = [x for x in posts if x["parent"] != entry["parent"] and len(x) > 1]
            else:
                posts = [x for x in posts if len(x) > 1]
            if posts:
                entry["posts"] = posts
            if not any("." in x["parent"] or x["parent"] in IGOS.values()
                       for x in posts + [{"parent": entry.get("parent", "")}]):
                entry["kind"] = "person"
            people.append(entry)
        actors = []
        seen = self.curated | set(self.people)
        for label in sorted(self.groups):
            g = self.groups[label]
            gid = slug(label)
            names = sorted(n for n in g["names"] if n.lower() not in self.phrases and n != label)
            if gid in seen or label.lower() in self.phrases:
                self.stats["groups already in actors.json"] += 1
                continue
            seen.add(gid)
            a = {"id": gid, "label": label, "kind": "group"}
            if g["country"]:
                a["country"] = g["country"]
            a["names"] = names
            actors.append(a)
        places = defaultdict(list)
        for name in sorted(self.places):
            if len(self.places[name]) > 1:
                self.stats["places of several countries not taken"] += 1
                continue
            places[next(iter(self.places[name]))].append(name)
        self.stats["places written"] = sum(len(v) for v in places.values())
        self.stats["people written"] = len(people)
        self.stats["groups written"] = len(actors)
        lines = ['{"places": [']
        lines.append(",\n".join(compact({"state": k, "names": v}) for k, v in sorted(places.items())))
        lines.append('],\n "people": [')
        lines.append(",\n".join(compact(p) for p in people))
        lines.append('],\n "actors": [')
        lines.append(",\n".join(compact(a) for a in actors))
        lines.append("]}")
        return "\n".join(lines) + "\n"


def slug(s):
    """ag_dict_slug: the id of a person or group."""
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def span(post):
    """A post's length in years (open ends: the dictionary's 1950 and 2015)."""
    a = int(post.get("from", "1950")[:4])
    b = int(post.get("to", "2015")[:4])
    return max(b - a, 0)


def load(name):
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        return json.load(f)


def existing_phrases():
    """Every phrase of the hand-made dictionary, lowercased."""
    out = set()

    def walk(v):
        if isinstance(v, str):
            out.add(v.lower())
        elif isinstance(v, list):
            for x in v:
                walk(x)
        elif isinstance(v, dict):
            for k, x in v.items():
                if k in ("names", "adj", "people", "capitals", "places", "words", "titles", "label"):
                    walk(x)
                elif isinstance(x, (list, dict)):
                    walk(x)
    for f in ("states.json", "actors.json", "organs.json", "anaphora.json", "people.json"):
        walk(load(f))
    return out


def compact(v):
    return json.dumps(v, ensure_ascii=False, separators=(",", ":"))


def main(argv):
    if len(argv) not in (2, 3):
        fail("usage: gen_phoenix.py DICT_DIR [WORDS] > data/dict/phoenix.json")
    d = argv[1]
    conv = Converter(argv[2] if len(argv) == 3 else "/usr/share/dict/words")
    conv.read_countries(os.path.join(d, "Phoenix.Countries.actors.txt"))
    conv.read_international(os.path.join(d, "Phoenix.International.actors.txt"))
    conv.read_milnonstate(os.path.join(d, "Phoenix.MilNonState.actors.txt"))
    conv.surnames()
    sys.stdout.write(conv.output())
    for k in sorted(conv.stats):
        print(f"{conv.stats[k]:7d}  {k}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
