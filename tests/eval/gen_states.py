#!/usr/bin/env python3
"""Generates the first version of data/dict/states.json.

usage: gen_states.py [ISO_JSON] > data/dict/states.json

Every UN member state (193), the two observer states (Holy See, Palestine),
Kosovo (XKX) and Taiwan (TWN). Names come from iso-codes' ISO 3166-1 table
(/usr/share/iso-codes/json/iso_3166-1.json: name, common_name,
official_name, skipping the inverted "X, Republic of" forms); the TABLE
below adds the short label, extra names, adjectives, plural demonyms and
capitals used as metonyms, and SEATS adds institutions named by their
building or own name. The output was then curated by hand; rerunning the
script overwrites that curation, so diff before committing.
"""
import json
import sys

# ISO3|label|extra names|adjectives|plural demonyms|capitals (fields ';'-separated)
TABLE = """
AFG|Afghanistan||Afghan|Afghans|Kabul
ALB|Albania||Albanian|Albanians|Tirana
DZA|Algeria||Algerian|Algerians|Algiers
AND|Andorra||Andorran|Andorrans|Andorra la Vella
AGO|Angola||Angolan|Angolans|Luanda
ATG|Antigua and Barbuda|Antigua|Antiguan|Antiguans|
ARG|Argentina||Argentine;Argentinian|Argentines;Argentinians|Buenos Aires
ARM|Armenia|Republic of Armenia|Armenian|Armenians|Yerevan
AUS|Australia||Australian|Australians|Canberra
AUT|Austria||Austrian|Austrians|Vienna
AZE|Azerbaijan|Republic of Azerbaijan|Azerbaijani;Azeri|Azerbaijanis;Azeris|Baku
BHS|Bahamas|The Bahamas|Bahamian|Bahamians|Nassau
BHR|Bahrain||Bahraini|Bahrainis|Manama
BGD|Bangladesh||Bangladeshi|Bangladeshis|Dhaka
BRB|Barbados||Barbadian|Barbadians|Bridgetown
BLR|Belarus||Belarusian;Belarussian|Belarusians|Minsk
BEL|Belgium||Belgian|Belgians|
BLZ|Belize||Belizean|Belizeans|Belmopan
BEN|Benin||Beninese||Porto-Novo;Cotonou
BTN|Bhutan||Bhutanese||Thimphu
BOL|Bolivia||Bolivian|Bolivians|La Paz
BIH|Bosnia and Herzegovina|Bosnia;Bosnia-Herzegovina|Bosnian|Bosnians|Sarajevo
BWA|Botswana||Botswanan|Batswana|Gaborone
BRA|Brazil||Brazilian|Brazilians|Brasilia
BRN|Brunei|Brunei Darussalam|Bruneian|Bruneians|Bandar Seri Begawan
BGR|Bulgaria||Bulgarian|Bulgarians|Sofia
BFA|Burkina Faso|Burkina|Burkinabe||Ouagadougou
BDI|Burundi||Burundian|Burundians|Gitega;Bujumbura
CPV|Cape Verde|Cabo Verde|Cape Verdean|Cape Verdeans|Praia
KHM|Cambodia||Cambodian|Cambodians|Phnom Penh
CMR|Cameroon||Cameroonian|Cameroonians|Yaounde
CAN|Canada||Canadian|Canadians|Ottawa
CAF|Central African Republic|CAR|||Bangui
TCD|Chad||Chadian|Chadians|N'Djamena
CHL|Chile||Chilean|Chileans|Santiago
CHN|China|People's Republic of China;PRC;mainland China|Chinese||Beijing
COL|Colombia||Colombian|Colombians|Bogota
COM|Comoros||Comorian|Comorians|Moroni
COG|Republic of the Congo|Congo-Brazzaville;Congo Republic;Republic of Congo|||Brazzaville
COD|Democratic Republic of the Congo|DR Congo;DRC;Congo;Democratic Republic of Congo;Congo-Kinshasa;D.R. Congo|Congolese||Kinshasa
CRI|Costa Rica||Costa Rican|Costa Ricans|
CIV|Ivory Coast|Cote d'Ivoire|Ivorian|Ivorians|Abidjan;Yamoussoukro
HRV|Croatia||Croatian|Croatians;Croats|Zagreb
CUB|Cuba||Cuban|Cubans|Havana
CYP|Cyprus||Cypriot|Cypriots|Nicosia
CZE|Czech Republic|Czechia|Czech|Czechs|Prague
PRK|North Korea|Democratic People's Republic of Korea;DPRK|North Korean|North Koreans|Pyongyang
DNK|Denmark||Danish|Danes|Copenhagen
DJI|Djibouti||Djiboutian|Djiboutians|
DMA|Dominica||||Roseau
DOM|Dominican Republic||Dominican|Dominicans|Santo Domingo
ECU|Ecuador||Ecuadorian;Ecuadorean|Ecuadorians|Quito
EGY|Egypt||Egyptian|Egyptians|Cairo
SLV|El Salvador||Salvadoran;Salvadorean|Salvadorans|San Salvador
GNQ|Equatorial Guinea||Equatorial Guinean;Equatoguinean||Malabo
ERI|Eritrea||Eritrean|Eritreans|Asmara
EST|Estonia||Estonian|Estonians|Tallinn
SWZ|Eswatini|Swaziland|Swazi|Swazis|Mbabane
ETH|Ethiopia||Ethiopian|Ethiopians|Addis Ababa
FJI|Fiji||Fijian|Fijians|Suva
FIN|Finland||Finnish|Finns|Helsinki
FRA|France|French Republic|French||Paris
GAB|Gabon||Gabonese||Libreville
GMB|Gambia|The Gambia|Gambian|Gambians|Banjul
GEO|Georgia||Georgian|Georgians|Tbilisi
DEU|Germany|Federal Republic of Germany|German|Germans|Berlin
GHA|Ghana||Ghanaian|Ghanaians|Accra
GRC|Greece||Greek|Greeks|Athens
GRD|Grenada||Grenadian|Grenadians|
GTM|Guatemala||Guatemalan|Guatemalans|Guatemala City
GIN|Guinea|Guinea-Conakry|Guinean|Guineans|Conakry
GNB|Guinea-Bissau||Bissau-Guinean||Bissau
GUY|Guyana||Guyanese||Georgetown
HTI|Haiti||Haitian|Haitians|Port-au-Prince
HND|Honduras||Honduran|Hondurans|Tegucigalpa
HUN|Hungary||Hungarian|Hungarians|Budapest
ISL|Iceland||Icelandic|Icelanders|Reykjavik
IND|India||Indian|Indians|New Delhi;Delhi
IDN|Indonesia||Indonesian|Indonesians|Jakarta
IRN|Iran|Islamic Republic of Iran|Iranian|Iranians|Tehran
IRQ|Iraq||Iraqi|Iraqis|Baghdad
IRL|Ireland|Republic of Ireland|Irish||Dublin
ISR|Israel|State of Israel|Israeli|Israelis|Jerusalem
ITA|Italy||Italian|Italians|Rome
JAM|Jamaica||Jamaican|Jamaicans|Kingston
JPN|Japan||Japanese||Tokyo
JOR|Jordan||Jordanian|Jordanians|Amman
KAZ|Kazakhstan||Kazakh;Kazakhstani|Kazakhs;Kazakhstanis|Astana;Nur-Sultan
KEN|Kenya||Kenyan|Kenyans|Nairobi
KIR|Kiribati||I-Kiribati||Tarawa
KWT|Kuwait||Kuwaiti|Kuwaitis|Kuwait City
KGZ|Kyrgyzstan|Kyrgyz Republic|Kyrgyz||Bishkek
LAO|Laos|Lao PDR|Lao;Laotian|Laotians|Vientiane
LVA|Latvia||Latvian|Latvians|Riga
LBN|Lebanon||Lebanese||Beirut
LSO|Lesotho||Basotho||Maseru
LBR|Liberia||Liberian|Liberians|Monrovia
LBY|Libya||Libyan|Libyans|Tripoli
LIE|Liechtenstein||Liechtenstein|Liechtensteiners|Vaduz
LTU|Lithuania||Lithuanian|Lithuanians|Vilnius
LUX|Luxembourg||Luxembourgish|Luxembourgers|
MDG|Madagascar||Malagasy||Antananarivo
MWI|Malawi||Malawian|Malawians|Lilongwe
MYS|Malaysia||Malaysian|Malaysians|Kuala Lumpur
MDV|Maldives|The Maldives|Maldivian|Maldivians|
MLI|Mali||Malian|Malians|Bamako
MLT|Malta||Maltese||Valletta
MHL|Marshall Islands||Marshallese||Majuro
MRT|Mauritania||Mauritanian|Mauritanians|Nouakchott
MUS|Mauritius||Mauritian|Mauritians|Port Louis
MEX|Mexico||Mexican|Mexicans|Mexico City
FSM|Micronesia|Federated States of Micronesia|Micronesian|Micronesians|Palikir
MDA|Moldova|Republic of Moldova|Moldovan|Moldovans|Chisinau
MCO|Monaco||Monegasque||
MNG|Mongolia||Mongolian|Mongolians|Ulaanbaatar
MNE|Montenegro||Montenegrin|Montenegrins|Podgorica
MAR|Morocco||Moroccan|Moroccans|Rabat
MOZ|Mozambique||Mozambican|Mozambicans|Maputo
MMR|Myanmar|Burma|Burmese||Naypyitaw;Naypyidaw
NAM|Namibia||Namibian|Namibians|Windhoek
NRU|Nauru||Nauruan|Nauruans|
NPL|Nepal||Nepali;Nepalese||Kathmandu
NLD|Netherlands|The Netherlands;Holland|Dutch||Amsterdam;The Hague
NZL|New Zealand|||New Zealanders|Wellington
NIC|Nicaragua||Nicaraguan|Nicaraguans|Managua
NER|Niger||Nigerien|Nigeriens|Niamey
NGA|Nigeria||Nigerian|Nigerians|Abuja
MKD|North Macedonia|Macedonia|North Macedonian;Macedonian|Macedonians|Skopje
NOR|Norway||Norwegian|Norwegians|Oslo
OMN|Oman||Omani|Omanis|Muscat
PAK|Pakistan||Pakistani|Pakistanis|Islamabad
PLW|Palau||Palauan|Palauans|Ngerulmud
PAN|Panama||Panamanian|Panamanians|Panama City
PNG|Papua New Guinea||Papua New Guinean|Papua New Guineans|Port Moresby
PRY|Paraguay||Paraguayan|Paraguayans|Asuncion
PER|Peru||Peruvian|Peruvians|Lima
PHL|Philippines|The Philippines|Philippine;Filipino|Filipinos|Manila
POL|Poland||Polish|Poles|Warsaw
PRT|Portugal||Portuguese||Lisbon
QAT|Qatar||Qatari|Qataris|Doha
KOR|South Korea|Republic of Korea;ROK|South Korean|South Koreans|Seoul
ROU|Romania||Romanian|Romanians|Bucharest
RUS|Russia|Russian Federation|Russian|Russians|Moscow
RWA|Rwanda||Rwandan|Rwandans|Kigali
KNA|Saint Kitts and Nevis|St Kitts and Nevis|Kittitian||Basseterre
LCA|Saint Lucia|St Lucia|Saint Lucian|Saint Lucians|Castries
VCT|Saint Vincent and the Grenadines|St Vincent and the Grenadines|Vincentian|Vincentians|Kingstown
WSM|Samoa||Samoan|Samoans|Apia
SMR|San Marino||Sammarinese||
STP|Sao Tome and Principe||Santomean||
SAU|Saudi Arabia|Kingdom of Saudi Arabia|Saudi|Saudis|Riyadh
SEN|Senegal||Senegalese||Dakar
SRB|Serbia||Serbian|Serbs;Serbians|Belgrade
SYC|Seychelles||Seychellois||
SLE|Sierra Leone||Sierra Leonean|Sierra Leoneans|Freetown
SGP|Singapore||Singaporean|Singaporeans|
SVK|Slovakia||Slovak|Slovaks|Bratislava
SVN|Slovenia||Slovenian;Slovene|Slovenians;Slovenes|Ljubljana
SLB|Solomon Islands||Solomon Islander||Honiara
SOM|Somalia||Somali|Somalis|Mogadishu
ZAF|South Africa||South African|South Africans|Pretoria
SSD|South Sudan||South Sudanese||Juba
ESP|Spain||Spanish|Spaniards|Madrid
LKA|Sri Lanka||Sri Lankan|Sri Lankans|Colombo
SDN|Sudan||Sudanese||Khartoum
SUR|Suriname||Surinamese||Paramaribo
SWE|Sweden||Swedish|Swedes|Stockholm
CHE|Switzerland||Swiss||Bern
SYR|Syria|Syrian Arab Republic|Syrian|Syrians|Damascus
TJK|Tajikistan||Tajik|Tajiks|Dushanbe
TZA|Tanzania|United Republic of Tanzania|Tanzanian|Tanzanians|Dodoma
THA|Thailand||Thai|Thais|Bangkok
TLS|Timor-Leste|East Timor|Timorese||Dili
TGO|Togo||Togolese||Lome
TON|Tonga||Tongan|Tongans|
TTO|Trinidad and Tobago|Trinidad|Trinidadian|Trinidadians|Port of Spain
TUN|Tunisia||Tunisian|Tunisians|Tunis
TUR|Turkey|Türkiye;Turkiye|Turkish|Turks|Ankara
TKM|Turkmenistan||Turkmen||Ashgabat
TUV|Tuvalu||Tuvaluan|Tuvaluans|Funafuti
UGA|Uganda||Ugandan|Ugandans|Kampala
UKR|Ukraine||Ukrainian|Ukrainians|Kyiv;Kiev
ARE|United Arab Emirates|UAE;U.A.E.;Emirates|Emirati|Emiratis|Abu Dhabi
GBR|United Kingdom|Britain;Great Britain;UK;U.K.|British;UK;U.K.|Britons|London
USA|United States|United States of America;US;U.S.;USA;U.S.A.;America|US;U.S.;American|Americans|Washington
URY|Uruguay||Uruguayan|Uruguayans|Montevideo
UZB|Uzbekistan||Uzbek|Uzbeks|Tashkent
VUT|Vanuatu|||ni-Vanuatu|Port Vila
VEN|Venezuela||Venezuelan|Venezuelans|Caracas
VNM|Vietnam|Viet Nam|Vietnamese||Hanoi
YEM|Yemen||Yemeni|Yemenis|Sanaa
ZMB|Zambia||Zambian|Zambians|Lusaka
ZWE|Zimbabwe||Zimbabwean|Zimbabweans|Harare
VAT|Holy See|Vatican;Vatican City|Vatican||
PSE|Palestine|State of Palestine;Palestinian territories;Gaza;Gaza Strip;West Bank|Palestinian|Palestinians|Ramallah
XKX|Kosovo||Kosovar;Kosovan|Kosovars|Pristina
TWN|Taiwan|Republic of China|Taiwanese||Taipei
"""

# Institutions named by their seat or own name: ISO3|organ suffix|names|label ("" = the organ's)
SEATS = """
RUS|GOV|Kremlin;the Kremlin|
RUS|PARLIAMENT|State Duma;Duma|Russian State Duma
USA|GOV|White House;the White House|
USA|MIL|Pentagon;the Pentagon|
USA|MFA|State Department;U.S. State Department;US State Department|US State Department
USA|PARLIAMENT|Congress;U.S. Congress;US Congress;Capitol Hill|US Congress
USA|SENATE|U.S. Senate;US Senate|US Senate
GBR|GOV|Downing Street;Whitehall|
GBR|MFA|Foreign Office;Foreign, Commonwealth and Development Office|British Foreign Office
FRA|PRESIDENT|Elysee;Élysée;Elysee Palace;Élysée Palace|
FRA|MFA|Quai d'Orsay|
ISR|PARLIAMENT|Knesset|Knesset
ISR|MIL|IDF;Israel Defense Forces;Israel Defence Forces|Israeli military
UKR|PARLIAMENT|Verkhovna Rada;Rada|Ukrainian parliament
IRN|PARLIAMENT|Majlis|Iranian parliament
IRN|MIL|IRGC;Revolutionary Guards;Islamic Revolutionary Guard Corps;Revolutionary Guard|Iranian Revolutionary Guards
DEU|PARLIAMENT|Bundestag|Bundestag
DEU|MIL|Bundeswehr|German military
TUR|PARLIAMENT|Grand National Assembly|Turkish parliament
CHN|MIL|PLA;People's Liberation Army|Chinese military
KOR|PRESIDENT|Blue House|
RUS|INTEL|FSB;Federal Security Service;SVR;GRU|Russian intelligence
USA|INTEL|CIA;Central Intelligence Agency;FBI;Federal Bureau of Investigation|US intelligence
USA|MOF|Treasury Department;US Treasury;U.S. Treasury|US Treasury
GBR|INTEL|MI6;MI5;GCHQ|British intelligence
ISR|INTEL|Mossad;Shin Bet|Israeli intelligence
PSE|GOV|Palestinian Authority;PA|Palestinian Authority
CHN|POLICE|China Coast Guard;Chinese coast guard|Chinese coast guard
IND|PARLIAMENT|Lok Sabha|Indian parliament
JPN|PARLIAMENT|Diet|Japanese parliament
"""


def split(field):
    return [x.strip() for x in field.split(";") if x.strip()]


def iso_names(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        for c in json.load(f)["3166-1"]:
            names = [c[k] for k in ("name", "common_name", "official_name") if k in c]
            out[c["alpha_3"]] = [n for n in names if "," not in n and "Province of" not in n]
    return out


def main(argv):
    iso = iso_names(argv[1] if len(argv) > 1 else "/usr/share/iso-codes/json/iso_3166-1.json")
    seats = {}
    for line in SEATS.strip().splitlines():
        code, organ, names, label = line.split("|")
        seat = {"organ": organ, "names": split(names)}
        if label:
            seat["label"] = label
        seats.setdefault(code, []).append(seat)
    rows = [line.split("|") for line in TABLE.strip().splitlines()]
    curated = {n.lower(): r[0] for r in rows for n in [r[1]] + split(r[2])}
    states = []
    for code, label, names, adj, people, capitals in rows:
        all_names = [label]
        for n in split(names) + iso.get(code, []):
            if curated.get(n.lower(), code) != code:
                continue  # iso-codes' "Congo" is COG; news mean COD by it
            if n not in all_names:
                all_names.append(n)
        st = {"id": code, "label": label, "names": all_names, "adj": split(adj),
              "people": split(people), "capitals": split(capitals)}
        if code in seats:
            st["seats"] = seats[code]
        states.append(st)
    out = sys.stdout
    out.write('{"states": [\n')
    for i, st in enumerate(states):
        out.write(" " + json.dumps(st, ensure_ascii=False) + (",\n" if i + 1 < len(states) else "\n"))
    out.write("]}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
