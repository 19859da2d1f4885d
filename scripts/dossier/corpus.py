"""A deterministic corpus of synthetic seeds for benchmarks: ``generate_corpus(1000)``.

The articles are built from the sample seed (``seeds/000_309a6589a2c97f54.txt``) and the test
articles in ``tests/texts/``: their sentences become templates whose names, companies, cities,
numbers, weekdays, months and years vary, in German and in English. Each seed is about 2 to 4 KB
with a byline, a dateline, story paragraphs and a credits line, the way real seeds look; some get a
sidecar ``.yml`` with a ``published:`` date. Pure functions: the same ``count`` and ``seed`` give
byte-identical files on every machine, so benchmark figures are comparable between runs.
"""

from __future__ import annotations

import random
from pathlib import Path

from .lexicon import lexicon

MIN_BYTES = 2000
MAX_BYTES = 4000

FIRST_NAMES = ("Kate", "Maria", "Helen", "Tom", "Annie", "Bridget", "Jana", "Regine", "Max", "Lena", "Jonas",
               "Sophie", "David", "Aylin", "Mehmet", "Claire", "Paul", "Greta", "Ravi", "Nora", "Felix", "Ines")
LAST_NAMES = ("Ryan", "Lopez", "Ward", "Baker", "McAdams", "Carr", "Klein", "Günther", "Mustermann", "Migiro",
              "Stonestreet", "Schulz", "Okafor", "Yilmaz", "Nguyen", "Fischer", "Brennan", "Weber", "Kowalski",
              "Hoffmann", "Patel", "Lindqvist", "Müller", "Fraser")
COMPANIES = ("Salesforce", "Datenwerk", "Northwind", "Brightline", "Kontor Systems", "Helios Data", "Meridian",
             "Quantis", "Alpenblick Software", "Tidewater", "Sternwarte Analytics", "Bluefield")
PLATFORMS = ("Backpage", "Listhub", "Marktplatz24", "ClassiFind", "Anzeigenwelt", "Postboard", "Kleinmarkt")
CITIES = ("NEW YORK", "LONDON", "BERLIN", "HAMBURG", "SAN FRANCISCO", "MÜNCHEN", "WIEN", "ZÜRICH", "CHICAGO",
          "FRANKFURT", "DUBLIN", "KÖLN")
PLACES = {"de": ("Kalifornien", "Texas", "Berlin", "Hamburg", "Bayern", "London", "Wien"),
          "en": ("California", "Texas", "Berlin", "London", "Ohio", "Manchester", "Vienna")}
OUTLETS = ("Thomson Reuters Foundation", "Reuters", "dpa", "AFP", "Associated Press")
BRIDGES = ("Harbour Bridge", "Elbbrücke", "Mainbrücke", "River Gate Bridge", "Nordbrücke")
WEEKDAYS = {language: lexicon(language).weekday_names for language in ("de", "en")}
MONTHS = {language: lexicon(language).month_names for language in ("de", "en")}
ROLES = {"de": ("Direktorin der Human Trafficking Clinic der University of Michigan Law School",
                "Professor für Wirtschaftsrecht an der Universität Hamburg", "Sprecher des ADFC",
                "Verkehrssenatorin", "Analystin bei einer Ratingagentur"),
         "en": ("director of the Human Trafficking Clinic at the University of Michigan Law School",
                "a structural engineer at Imperial College London", "a professor of law at King's College",
                "the council's head of transport", "an analyst at a ratings agency")}

# One list of paragraphs per language; a paragraph is one or more sentences with {fields}.
LEADS = {
    "de": (
        "{people} Frauen und Mädchen haben das Softwareunternehmen {company} verklagt, weil es Tools entwickelt "
        "hat, die Menschenhändlern geholfen haben, sie auf der Kleinanzeigenseite {platform} zu verkaufen, sagte "
        "ihr Anwalt am {weekday}.",
        "Der Stadtrat hat am {weekday} einen Plan über {million} Millionen Euro zur Sanierung der {bridge} "
        "gebilligt, die Ingenieure im {month} {y1} für Lastwagen gesperrt hatten.",
        "Die Stadt {place} will mehr Geld für Radwege ausgeben. „Wir haben zu lange gewartet“, sagte "
        "{official} am {weekday}.",
    ),
    "en": (
        "{people} women and girls have sued software company {company}, saying it built tools that helped "
        "traffickers sell them on the classified ads site {platform}, their lawyer said on {weekday}.",
        "The city council approved a {million} million pound plan on {weekday} to repair the {bridge}, which "
        "engineers closed to lorries in {month} {y1} after finding cracks in two of its steel girders.",
        "The city of {place} wants to spend more money on cycle lanes. \"We have waited too long,\" "
        "{official} said on {weekday}.",
    ),
}
PARAGRAPHS = {
    "de": (
        "Die Klage behauptet, dass {company} vom Geschäft mit {platform} profitiert hat, indem es maßgeschneiderte "
        "Daten-Tools erstellt hat; {platform} wurde im {month} {y1} von Bundesbehörden geschlossen.",
        "„Mit der Anleitung von {company} war {platform} in der Lage, neue Nutzer auf {continents} Kontinenten zu "
        "erreichen“, heißt es in der Klage, die am {weekday2} in {place} eingereicht wurde.",
        "Eine Sprecherin von {company} sagte in einer E-Mail, dass das Unternehmen keine Kommentare zu anhängigen "
        "Rechtsstreitigkeiten abgebe.",
        "„Wir nehmen diese Vorwürfe ernst“, sagte sie der {outlet}.",
        "{company}, das seinen Hauptsitz in {place} hat, bezeichnet sich selbst als sozial verantwortliches "
        "Unternehmen.",
        "Einige Analysten sagen, dass {platform} für {percent} Prozent des Marktes in {place} verantwortlich ist.",
        "Alle Klägerinnen in dem Fall – im Alter zwischen {age} und Mitte zwanzig – wurden durch {platform} "
        "ausgebeutet, nachdem es {y0} ein Kunde von {company} wurde, sagte ihre Hauptanwältin, {lawyer}.",
        "In der Klage werden {services} Dienstleistungen aufgelistet, die {company} für {platform} erbracht hat.",
        "Eine Schlüsselfrage in solchen Fällen ist der Nachweis, dass ein Unternehmen das Verbrechen wissentlich "
        "begünstigt hat, sagte {expert}, {role}.",
        "{company} unterzeichnete {y0} einen Vertrag mit {platform}, heißt es in der Klage.",
        "„{company} kann nicht leugnen, dass es die Probleme mit {platform} kannte“, sagte {lawyer_last} und "
        "fügte hinzu, dass {company} seinen Vertrag {y2} für mehr als {money_de} US-Dollar erneuerte.",
        "Die Brücke wurde {opened} eröffnet und trägt nach dem Verkehrsbericht des Rats etwa {vehicles_de} "
        "Fahrzeuge am Tag.",
        "„Die Reparaturen beginnen Anfang {y3} und sollen zwei Jahre dauern“, sagte {official}.",
        "Ein Sprecher des Verkehrsministeriums sagte, die Regierung habe am {day}. {month2} {y2} zugesagt, "
        "{small} Millionen Euro beizusteuern.",
        "Kritiker sagen, die Pläne kämen zu spät. „Die Warnzeichen gab es schon {y0}“, sagte {expert}, {role}.",
        "Die Senatorin sagte, bis {y3} sollten {km} Kilometer neue Radwege entstehen.",
        "Anwohner klagen seit Jahren über Staus auf der Umleitung, die eine Fahrt um bis zu {minutes} Minuten "
        "verlängert. „Jetzt wird gebaut.“",
        "Laut einer Studie fahren immer mehr Menschen Rad; seit {y0} stieg ihre Zahl um {percent} Prozent.",
    ),
    "en": (
        "The lawsuit claims that {company} profited by building custom data tools for {platform}, which was shut "
        "down by federal authorities in {month} {y1}.",
        "\"With {company}'s guidance, {platform} was able to market to new users on {continents} continents,\" said "
        "the lawsuit, filed on {weekday2} in {place}.",
        "A spokeswoman for {company} said in an email that the company does not comment on pending litigation.",
        "\"We take these allegations seriously,\" she told the {outlet}.",
        "{company}, which is headquartered in {place}, describes itself as a socially responsible company.",
        "Some analysts say {platform} accounts for {percent} percent of the market in {place}.",
        "All the plaintiffs in the case - aged between {age} and their mid-20s - were exploited through {platform} "
        "after it became a {company} client in {y0}, said their lead attorney, {lawyer}.",
        "The lawsuit lists {services} services that {company} provided to {platform}.",
        "A key issue in such cases is proving that a company knowingly facilitated the crime, said {expert}, "
        "{role}.",
        "{company} signed a contract with {platform} in {y0}, the lawsuit says.",
        "\"{company} can't deny it knew about the problems with {platform},\" {lawyer_last} said, adding that "
        "{company} renewed its contract in {y2} for more than ${money_en}.",
        "The bridge, opened in {opened}, carries about {vehicles_en} vehicles a day, according to the council's "
        "transport report.",
        "\"The repairs will start in early {y3} and should take two years,\" said {official}.",
        "A spokesman for the Department for Transport said the government had agreed on {month2} {day}, {y2} to "
        "contribute {small} million pounds.",
        "Critics said the plan came too late. \"The warning signs were there in {y0},\" said {expert}, {role}.",
        "She said {km} kilometres of new cycle lanes should be built by {y3}.",
        "Residents have complained for years about traffic jams on the detour, which adds up to {minutes} minutes "
        "to a journey, the report says.",
        "More and more people cycle, according to a study; since {y0} their number has risen by {percent} percent.",
    ),
}
CREDITS = {"de": "Berichterstattung von {reporter}; Bearbeitung von {editor}. Die {outlet} deckt humanitäre "
                 "Nachrichten, Frauenrechte und Klimaveränderung ab.",
           "en": "Reporting by {reporter}; Editing by {editor}. The {outlet} covers humanitarian news, women's "
                 "rights and climate change."}
STANDARDS = {"de": "Unsere Standards: Die Thomson Reuters Vertrauensgrundsätze.",
             "en": "Our Standards: The Thomson Reuters Trust Principles."}
# What stays the same when a long article goes on with other numbers and dates.
KEPT = ("company", "platform", "outlet", "reporter", "editor", "lawyer", "lawyer_last")
AMENDMENTS = {"de": "Nachtrag: Am {weekday} teilte {company} mit, {number} weitere Fälle zu prüfen.",
              "en": "Update: On {weekday}, {company} said it would review {number} more cases."}


def _grouped(number: int, language: str) -> str:
    text = f"{number:,}"
    return text.replace(",", ".") if language == "de" else text


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def _fields(rng: random.Random, language: str) -> dict[str, str | int]:
    """The names, numbers and dates that one article uses, consistently throughout."""
    y0 = rng.randint(1995, 2021)
    lawyer = _person(rng)
    money = rng.randint(20, 990) * 1000 + rng.randint(0, 999)
    vehicles = rng.randint(5, 120) * 1000
    return {
        "company": rng.choice(COMPANIES), "platform": rng.choice(PLATFORMS), "place": rng.choice(PLACES[language]),
        "outlet": rng.choice(OUTLETS), "bridge": rng.choice(BRIDGES), "reporter": _person(rng),
        "editor": _person(rng), "lawyer": lawyer, "lawyer_last": lawyer.split()[-1], "expert": _person(rng),
        "official": _person(rng), "role": rng.choice(ROLES[language]),
        "weekday": rng.choice(WEEKDAYS[language]), "weekday2": rng.choice(WEEKDAYS[language]),
        "month": rng.choice(MONTHS[language]), "month2": rng.choice(MONTHS[language]), "day": rng.randint(1, 28),
        "y0": y0, "y1": y0 + rng.randint(1, 3), "y2": y0 + rng.randint(2, 4), "y3": y0 + rng.randint(3, 6),
        "opened": rng.randint(1880, 1990), "people": rng.choice((12, 20, 35, 50, 75, 120)),
        "million": rng.choice((3, 12, 45, 80, 150, 420)), "small": f"{rng.randint(1, 40)}.5" if language == "en"
        else f"{rng.randint(1, 40)},5", "continents": rng.choice(("zwei", "drei", "vier") if language == "de"
                                                                  else ("two", "three", "four")),
        "percent": rng.randint(5, 95), "age": rng.randint(11, 17), "services": rng.randint(3, 30),
        "money_de": _grouped(money, "de"), "money_en": _grouped(money, "en"),
        "vehicles_de": _grouped(vehicles, "de"), "vehicles_en": _grouped(vehicles, "en"),
        "km": rng.randint(10, 400), "minutes": rng.randint(5, 60),
    }


def generate_seed(rng: random.Random, language: str) -> tuple[str, str]:
    """One article in ``language`` ('de' or 'en') and its publication date (YYYY-MM-DD)."""
    fields = _fields(rng, language)
    city, outlet = rng.choice(CITIES), fields["outlet"]
    dash = "–" if language == "de" else "-"
    head = [f"{'Von' if language == 'de' and rng.random() < 0.5 else 'By'} {fields['reporter']}"]
    if rng.random() < 0.7:
        head.append(f"{rng.randint(2, 6)} Min Read" if language == "de" else f"{rng.randint(2, 6)} min read")
    lead = rng.choice(LEADS[language]).format(**fields)
    head.append(f"{city} ({outlet}) {dash} {lead}")
    tail = [CREDITS[language].format(**fields)]
    if rng.random() < 0.5:
        tail.append(STANDARDS[language])
    target = rng.randint(MIN_BYTES + 200, MAX_BYTES - 200)
    body: list[str] = []
    size = len("\n".join(head + tail).encode())
    pool = list(PARAGRAPHS[language])
    rng.shuffle(pool)
    while size < target:
        if len(pool) < 2:  # every template used: the story goes on with other numbers and dates
            pool = list(PARAGRAPHS[language])
            rng.shuffle(pool)
            fields.update({key: value for key, value in _fields(rng, language).items() if key not in KEPT})
        paragraph = pool.pop().format(**fields)
        if rng.random() < 0.3:  # now and then two sentences in one paragraph
            paragraph += " " + pool.pop().format(**fields)
        if size + len(paragraph.encode()) + 1 > MAX_BYTES:
            break
        body.append(paragraph)
        size += len(paragraph.encode()) + 1
    published = f"{fields['y3']}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return "\n".join(head + body + tail) + "\n", published


def generate_corpus(count: int, seed: int = 0) -> dict[str, str]:
    """``count`` seeds as ``{file name: text}``: ``NNNN_slug.txt`` and, for some, ``NNNN_slug.yml``.

    About 60 % are German (so the site language stays German, like the sample's) and 40 % have a
    sidecar with a ``published:`` date, which resolves relative dates such as "am Montag".
    """
    rng = random.Random(seed)
    corpus: dict[str, str] = {}
    width = max(4, len(str(count)))
    for number in range(count):
        language = "de" if rng.random() < 0.6 else "en"
        text, published = generate_seed(rng, language)
        slug = rng.choice(COMPANIES).lower().replace(" ", "-")
        name = f"{number:0{width}d}_{slug}"
        corpus[f"{name}.txt"] = text
        if rng.random() < 0.4:
            lines = [f"published: {published}"]
            if rng.random() < 0.5:
                lines.append(f"language: {language}")
            corpus[f"{name}.yml"] = "\n".join(lines) + "\n"
    return corpus


def amend(text: str, number: int = 1) -> str:
    """``text`` with one more paragraph before its credits line: an edit such as an editor makes."""
    language = "de" if "Berichterstattung von" in text else "en"
    rng = random.Random(number)
    sentence = AMENDMENTS[language].format(weekday=rng.choice(WEEKDAYS[language]), company=rng.choice(COMPANIES),
                                           number=number + 1)
    lines = text.rstrip("\n").split("\n")
    credits = next((i for i, line in enumerate(lines) if line.startswith(("Berichterstattung", "Reporting"))),
                   len(lines))
    return "\n".join(lines[:credits] + [sentence] + lines[credits:]) + "\n"


def write_corpus(corpus: dict[str, str], directory: Path) -> None:
    """Write the files of ``corpus`` into ``directory`` (created if missing), UTF-8."""
    directory.mkdir(parents=True, exist_ok=True)
    for name, text in corpus.items():
        (directory / name).write_text(text, encoding="utf-8")
