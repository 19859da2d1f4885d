"""Real browser: the built site in headless chromium (playwright) with axe-core.

One site is built (the sample seed, an English article, three hostile seeds and the hand-written
analysis page) and served from 127.0.0.1. Every kind of page is opened in light and dark scheme:
no request leaves the local server, no JavaScript error, no dialog, no WCAG 2.1 A/AA violation.
Footnote links land on the highlighted sentence, and the reading pages work without JavaScript.
A second, tiny site puts markup into titles (from a .yml and from a lead sentence).

Without chromium or axe-core the module skips; with DOSSIER_REQUIRE_BROWSER=1 (CI) it fails instead.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import pytest
import yaml
from helpers import mkdocs_build, write_config

from dossier.convert import convert

try:
    from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
    from playwright.sync_api import sync_playwright
except ImportError:  # a machine without the test extras: the browser fixture skips (or fails in CI)
    sync_playwright = None

ROOT = Path(__file__).resolve().parent.parent
KEY = "000_309a6589a2c97f54"
ENGLISH = "harbour_bridge"
AXE = ROOT / ".venv" / "node" / "node_modules" / "axe-core" / "axe.min.js"
BROWSERS = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
SCHEMES = ("light", "dark")

# Seeds typed by someone hostile: markup, a javascript: link, Jinja and a citation marker in the text.
HOSTILE = {
    "hostile_html": (
        "Eine harmlose erste Zeile, damit der Titel sauber bleibt.\n\n"
        "Die Polizei fand am 3. März 2019 <script>alert(1)</script> im Quelltext der Seite.\n\n"
        "Ein Bild <img src=x onerror=alert(1)> folgte, sagte die Sprecherin Anna Muster.\n\n"
        "Dazu kam <svg onload=alert(1)> und <a href=\"javascript:alert(1)\">klick</a> am Ende.\n"
    ),
    "hostile_markdown": (
        "Ein Link [x](javascript:alert(1)) steht im ersten Satz.\n\n"
        "Vorlagen wie {{ 7*7 }} und {% if true %}ja{% endif %} bleiben Text, hieß es am Montag.\n\n"
        "Ein Bild ![b](javascript:alert(1)) und <javascript:alert(1)> folgen.\n"
    ),
    "hostile_citation": (
        "Ein Beleg [@000_309a6589a2c97f54:p3-s1] steht mitten im Satz.\n\n"
        "Eine Fußnote[^1] und noch ein Beleg [@000_309a6589a2c97f54 \"auf drei Kontinenten\"] "
        "kosteten 5 Millionen Dollar.\n\n"
        "[^1]: Diese Fußnotendefinition steht im Seed.\n"
    ),
}
# Markup in a title: from the .yml, and from a lead sentence, which is the default title and description.
TITLE_SEEDS = {
    "title_text": ("\"><img src=x onerror=alert(2)> <script>alert(2)</script> Überschrift {{ 7*7 }}\n\n"
                   "Der eigentliche Text beginnt hier am 3. März 2019.\n"),
    "title_meta": "Eine harmlose erste Zeile.\n\nDer Text folgt hier, sagte Anna Muster.\n",
}
TITLE_METADATA = {"title_meta": {"title": "<script>alert(3)</script> \"><img src=x onerror=alert(3)> {{ 7*7 }}"}}
# What a reader must see literally on the hostile article pages.
HOSTILE_TEXT = {
    "hostile_html": ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>"],
    "hostile_markdown": ["[x](javascript:alert(1))", "{{ 7*7 }}"],
    "hostile_citation": ["[@000_309a6589a2c97f54:p3-s1]", "[^1]"],
}

ARTICLES = [KEY, ENGLISH, *HOSTILE]
# Every kind of page, in both colour schemes; the hostile articles (same template) in the light one only.
# A missing path is answered with the site's 404.html and status 404, as on GitHub Pages.
PAGES = ["", "timeline/", "figures/", "sources/", "analyse/", "no/such/page/", f"articles/{KEY}/",
         f"articles/{ENGLISH}/"]
PAGE_VISITS = [(path, scheme) for path in PAGES for scheme in SCHEMES] + [
    (f"articles/{key}/", "light") for key in HOSTILE]
READING_PAGES = ["timeline/", "analyse/", f"articles/{KEY}/", f"articles/{ENGLISH}/"]


# --- set-up ------------------------------------------------------------------------------------

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, Locator, Page


def unavailable(reason: str):
    """Skip, or fail where the browser tests are required (CI sets DOSSIER_REQUIRE_BROWSER=1)."""
    if os.environ.get("DOSSIER_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{reason}, but DOSSIER_REQUIRE_BROWSER=1 requires the browser tests", pytrace=False)
    pytest.skip(reason)


def find_browser() -> str | None:
    configured = os.environ.get("DOSSIER_CHROMIUM")
    if configured:
        return configured if Path(configured).exists() else None
    return next((b for b in BROWSERS if Path(b).exists()), None)


@pytest.fixture(scope="module", autouse=True)
def browser_available() -> str:
    """The browser executable; checked before anything is built, so a skip costs nothing."""
    executable = find_browser()
    if not executable:
        unavailable(f"no chromium found (DOSSIER_CHROMIUM={os.environ.get('DOSSIER_CHROMIUM')!r}, "
                    f"{', '.join(BROWSERS)}); install Debian's chromium")
    if not AXE.exists():
        unavailable(f"axe-core is missing ({AXE}); run `make {AXE.relative_to(ROOT)}` (needs npm)")
    if sync_playwright is None:
        unavailable("the playwright Python package is not installed (pip install -e '.[test]')")
    return executable


@pytest.fixture(scope="module")
def browser(browser_available) -> Iterator[Browser]:
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=browser_available, args=LAUNCH_ARGS)
        yield launched
        launched.close()


def build_site(root: Path, seeds: dict[str, str], metadata: dict[str, dict] | None = None,
               with_sample: bool = True) -> Path:
    """Seeds (name → text, plus .yml metadata) converted and built with mkdocs --strict; returns site/."""
    seeds_dir, docs = root / "seeds", root / "docs"
    seeds_dir.mkdir()
    docs.mkdir()
    if with_sample:
        shutil.copy(ROOT / "seeds" / f"{KEY}.txt", seeds_dir)
        for suffix in (".txt", ".yml"):
            shutil.copy(ROOT / "tests" / "texts" / f"{ENGLISH}{suffix}", seeds_dir)
    for key, text in seeds.items():
        (seeds_dir / f"{key}.txt").write_text(text, encoding="utf-8")
    for key, fields in (metadata or {}).items():
        (seeds_dir / f"{key}.yml").write_text(yaml.safe_dump(fields, allow_unicode=True), encoding="utf-8")
    convert(seeds_dir, docs)
    if with_sample:
        shutil.copy(ROOT / "examples" / "analyse.md", docs)  # the template, not published from docs/
    result = mkdocs_build(write_config(root, docs_dir=str(docs)), root / "site")
    assert result.returncode == 0, result.stderr
    return root / "site"


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """The built site/ of a small dossier, hostile seeds included."""
    return build_site(tmp_path_factory.mktemp("browser"), HOSTILE)


class Handler(http.server.SimpleHTTPRequestHandler):
    """Static files; a missing path gets the site's 404.html with status 404, as on GitHub Pages."""

    def send_error(self, code, message=None, explain=None):
        not_found = Path(self.directory) / "404.html"
        if code != 404 or not not_found.exists():
            return super().send_error(code, message, explain)
        body = not_found.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format, *args):
        pass


@contextlib.contextmanager
def serving(directory: Path):
    """``directory`` over HTTP on 127.0.0.1; yields the base URL."""
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(directory)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


@pytest.fixture(scope="module")
def server(site):
    with serving(site) as url:
        yield url


# --- a visit: everything the page did ----------------------------------------------------------

@dataclass
class Visit:
    page: Page
    url: str
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def foreign_requests(self) -> list[str]:
        origin = urlsplit(self.url).netloc
        return [u for u in self.requests if urlsplit(u).scheme not in ("data", "blob", "about")
                and urlsplit(u).netloc != origin]

    def assert_clean(self, not_found: bool = False):
        """No request to another host, no JavaScript error, no dialog.

        ``not_found``: the page itself was served with status 404, which chromium logs as an error.
        """
        errors = [e for e in self.errors
                  if not (not_found and "status of 404" in e and e.endswith(f"({self.url})"))]
        assert not self.foreign_requests(), f"requests to other hosts: {self.foreign_requests()}"
        assert not errors, "JavaScript errors:\n" + "\n".join(errors)
        assert not self.dialogs, f"dialogs fired: {self.dialogs}"


def new_context(browser: Browser, scheme: str = "light", javascript: bool = True) -> BrowserContext:
    return browser.new_context(color_scheme=scheme, java_script_enabled=javascript,
                               viewport={"width": 1280, "height": 800})


def open_page(context: BrowserContext, url: str) -> Visit:
    """A new tab on ``url`` that records requests, JavaScript errors and dialogs (dismissed)."""
    page = context.new_page()
    visit = Visit(page, url)
    page.on("request", lambda request: visit.requests.append(request.url))
    page.on("console", lambda message: message.type == "error" and visit.errors.append(
        f"console: {message.text} ({message.location.get('url')})"))
    page.on("pageerror", lambda error: visit.errors.append(f"pageerror: {error}"))

    def on_dialog(dialog):
        visit.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.goto(url, wait_until="load")
    return visit


@pytest.fixture(scope="module")
def contexts(browser) -> Iterator[dict]:
    """One browser context per colour scheme and JavaScript setting, shared by the module's tests."""
    opened: dict[tuple[str, bool], BrowserContext] = {}
    yield opened
    for context in opened.values():
        context.close()


@pytest.fixture
def visit(browser, contexts):
    """``visit(url, scheme=…, javascript=…)`` opens a tab, closed after the test."""
    opened: list[Visit] = []

    def open_(url: str, scheme: str = "light", javascript: bool = True) -> Visit:
        if (scheme, javascript) not in contexts:
            contexts[scheme, javascript] = new_context(browser, scheme, javascript)
        opened.append(open_page(contexts[scheme, javascript], url))
        return opened[-1]

    yield open_
    for v in opened:
        v.page.close()


def axe_violations(page: Page) -> list[str]:
    """WCAG 2.1 A and AA violations, as ``id (impact): help`` and up to five offending elements each."""
    page.add_script_tag(path=str(AXE))
    return page.evaluate("""async (tags) => {
        const result = await axe.run(document, {runOnly: {type: 'tag', values: tags},
                                                   resultTypes: ['violations']});
        return result.violations.map(v => `${v.id} (${v.impact}): ${v.help}\\n` + v.nodes.slice(0, 5).map(
            n => `    ${n.target.join(' ')}: ${n.failureSummary.replace(/\\s+/g, ' ')}`).join('\\n'));
    }""", WCAG_TAGS)


def injected_markup(page: Page) -> list[str]:
    """Elements made from seed text: anything that could run script and mentions ``alert(``."""
    return page.evaluate("""() => [...document.querySelectorAll(
            'script:not([type="application/ld+json"]), img, svg, iframe, object, embed, a[href^="javascript:"], '
            + '[onerror], [onload], [onclick], [onmouseover]')]
        .filter(e => e.outerHTML.includes('alert(')).map(e => e.outerHTML.slice(0, 200))""")


def position(page: Page, selector: str) -> dict:
    """Where the element is: ``visible`` when its top is in the window, below Material's fixed header."""
    return page.eval_on_selector(selector, """element => {
        const r = element.getBoundingClientRect();
        const header = document.querySelector('.md-header');
        const top = header ? header.getBoundingClientRect().bottom : 0;
        return {top: r.top, bottom: r.bottom, headerBottom: top, windowHeight: window.innerHeight,
                visible: r.height > 0 && r.top >= top - 1 && r.top < window.innerHeight};
    }""")


def background(page: Page, selector: str) -> str:
    return page.eval_on_selector(selector, "e => getComputedStyle(e).backgroundColor")


TRANSPARENT = ("transparent", "rgba(0, 0, 0, 0)")


# --- every page --------------------------------------------------------------------------------

@pytest.mark.parametrize(("path", "scheme"), PAGE_VISITS)
def test_every_page_is_local_quiet_and_accessible(server, visit, path, scheme):
    opened = visit(server + path, scheme)
    page = opened.page
    assert page.evaluate("matchMedia('(prefers-color-scheme: dark)').matches") == (scheme == "dark")
    assert page.get_attribute("body", "data-md-color-scheme") == ("slate" if scheme == "dark" else "default")
    assert page.locator("h1").first.is_visible()
    violations = axe_violations(page)
    opened.assert_clean(not_found=path.startswith("no/such"))
    assert not violations, f"axe on /{path} ({scheme}):\n" + "\n".join(violations)


# --- hostile seeds -----------------------------------------------------------------------------

@pytest.mark.parametrize("key", list(HOSTILE))
def test_hostile_seed_text_stays_text(server, visit, key):
    opened = visit(f"{server}articles/{key}/")
    page = opened.page
    text = page.inner_text(".dossier-text")
    for literal in HOSTILE_TEXT[key]:
        assert literal in text
    assert not injected_markup(page)
    # The seed's [^1] and citation markers stay text: no footnotes on an article page.
    assert page.locator(".md-content .footnote, .md-content .footnote-ref").count() == 0
    page.wait_for_timeout(200)
    opened.assert_clean()


def search(page: Page, query: str) -> Locator:
    """Type ``query`` into Material's search box; the result items (retyped while the index loads)."""
    box = page.locator("input.md-search__input")
    items = page.locator(".md-search-result__item")
    for _ in range(5):
        box.click()
        box.fill("")
        box.press_sequentially(query)  # Material searches on keyup, not on a programmatic fill
        try:
            items.first.wait_for(state="visible", timeout=2000)
            return items
        except PlaywrightTimeoutError:
            continue
    raise AssertionError(f"no search results for {query!r}: {page.inner_text('.md-search-result')}")


def test_searching_the_hostile_text_runs_nothing(server, visit):
    opened = visit(server)
    page = opened.page
    # Words next to the hostile markup, so that the result snippets show it.
    for query in ("Quelltext", "Sprecherin", "Vorlagen", "Beleg"):
        search(page, query)
        page.wait_for_timeout(100)
        assert not injected_markup(page)
        page.keyboard.press("Escape")
    opened.assert_clean()


def test_markup_in_a_title_stays_text(browser, tmp_path):
    """A title from the .yml, and the default title and description from a lead sentence, are text."""
    built = build_site(tmp_path, TITLE_SEEDS, TITLE_METADATA, with_sample=False)
    title = TITLE_METADATA["title_meta"]["title"]
    lead = TITLE_SEEDS["title_text"].split("\n")[0]
    problems: list[str] = []
    with serving(built) as server, contextlib.closing(new_context(browser)) as context:
        for path in ("", *(f"articles/{key}/" for key in TITLE_SEEDS)):
            opened = open_page(context, server + path)
            page = opened.page
            page.wait_for_timeout(200)
            problems += [f"/{path}: {d}" for d in opened.dialogs]
            problems += [f"/{path}: injected {html}" for html in injected_markup(page)]
            # the home page lists the articles in its content (its navigation is pruned to sections)
            where = ".md-content" if path == "" else "nav.md-nav--primary"
            if title not in page.inner_text(where):
                problems.append(f"/{path}: {where} does not show the title as text")
            if path == "articles/title_text/":
                description = page.get_attribute('meta[name="description"]', "content")
                if description != lead:
                    problems.append(f"/{path}: meta description is {description!r}")
                if "<script>alert(2)</script>" not in page.inner_text(".md-header"):
                    problems.append(f"/{path}: the header does not show the title as text")
            page.close()
    assert not problems, "\n".join(dict.fromkeys(problems))


# --- footnotes land on the sentence ------------------------------------------------------------

@pytest.mark.parametrize("scheme", SCHEMES)
def test_a_footnote_link_lands_on_the_highlighted_sentence(server, visit, scheme):
    opened = visit(f"{server}analyse/", scheme)
    page = opened.page
    # the link to the sentence ("Absatz 5"), not the one to the article's title
    links = page.locator('li[id^="fn:dossier-"] a[href*="articles/"][href*="#p"]')
    assert links.count() >= 8
    link = links.nth(1)  # footnote 2 cites p5-s1, well down the article: the page must scroll
    anchor = link.get_attribute("href").rsplit("#", 1)[1]
    link.click()
    page.wait_for_url(f"**/articles/{KEY}/#{anchor}")
    assert page.evaluate("location.hash") == f"#{anchor}"
    assert page.evaluate("document.querySelector(':target')?.id") == anchor
    assert page.eval_on_selector(":target", "e => e.classList.contains('dossier-sentence')")
    where = position(page, ":target")
    assert where["visible"], f"#{anchor} is not in view below the header: {where}"
    highlight = background(page, ":target")
    assert highlight not in TRANSPARENT and highlight != background(page, ".dossier-sentence:not(:target)")
    # The highlighted sentence passes the contrast check too.
    violations = axe_violations(page)
    assert not violations, f"axe on #{anchor} ({scheme}):\n" + "\n".join(violations)
    opened.assert_clean()


# --- without JavaScript ------------------------------------------------------------------------

@pytest.mark.parametrize("path", READING_PAGES)
def test_reading_pages_work_without_javascript(server, visit, path):
    opened = visit(server + path, javascript=False)
    page = opened.page
    assert page.locator("h1").first.is_visible()
    if path.startswith("articles/"):
        sentences = page.locator(".dossier-text .dossier-sentence")
        assert sentences.count() >= 3 and sentences.first.is_visible()
    if path == "timeline/":
        events = page.locator(".md-content .dossier-timeline li")
        assert events.count() >= 1 and events.first.is_visible()
        assert page.locator(".md-content .dossier-timeline li time").first.is_visible()
    if path == "analyse/":
        notes = page.locator('li[id^="fn:dossier-"]')
        assert notes.count() >= 8 and notes.first.is_visible()
        link = notes.locator('a[href*="articles/"][href*="#p"]').first
        assert link.is_visible()
        anchor = link.get_attribute("href").rsplit("#", 1)[1]
        link.click()
        page.wait_for_url(f"**/#{anchor}")
        assert background(page, f"[id='{anchor}']") not in TRANSPARENT
        assert position(page, f"[id='{anchor}']")["visible"]
    links = page.locator("nav.md-nav--primary a.md-nav__link[href]")
    targets = {urlsplit(links.nth(i).evaluate("a => a.href")).path for i in range(links.count())}
    for target in ("/", "/timeline/", "/figures/", "/sources/", "/analyse/"):
        assert target in targets, f"no navigation link to {target}: {sorted(targets)}"
    assert any(links.nth(i).is_visible() for i in range(links.count()))
    opened.assert_clean()


# --- screenshots: light, dark, mobile and print (issue 12) -------------------------------------

SCREEN_PAGES = {"home": "", "article": f"articles/{KEY}/", "timeline": "timeline/"}
MODES = ("light", "dark", "mobile", "print")
PHONE = {"width": 375, "height": 667}


def hidden(page: Page, selector: str) -> bool:
    """Every element matching ``selector`` is invisible (and there is at least one)."""
    elements = page.locator(selector)
    return elements.count() > 0 and not any(elements.nth(i).is_visible() for i in range(elements.count()))


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory) -> Path:
    """Where the screenshots go: look at them when a test fails (pytest keeps the last runs' folders)."""
    return tmp_path_factory.mktemp("screenshots")


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("name", list(SCREEN_PAGES))
def test_screenshots_show_what_each_medium_needs(browser, server, screenshots, name, mode):
    context = browser.new_context(color_scheme="dark" if mode == "dark" else "light",
                                  viewport=PHONE if mode == "mobile" else {"width": 1280, "height": 800},
                                  is_mobile=mode == "mobile", has_touch=mode == "mobile")
    try:
        opened = open_page(context, server + SCREEN_PAGES[name])
        page = opened.page
        if mode == "print":
            page.emulate_media(media="print")
        shot = screenshots / f"{name}-{mode}.png"
        page.screenshot(path=str(shot), full_page=True)
        assert shot.stat().st_size > 5_000  # a rendered page, not a blank one

        assert page.locator(".md-content h1").first.is_visible()
        # Every page, in every medium, says when the dossier was last updated.
        updated = page.locator(".dossier-footer .dossier-updated time")
        assert updated.is_visible() and updated.inner_text() == "Stand: 27. März 2019"
        if mode == "print":  # black on paper, not the screen's light grey on a dark footer
            color = updated.evaluate("e => getComputedStyle(e).color")
            assert color in ("rgb(0, 0, 0)", "rgba(0, 0, 0, 1)"), color
        if name == "home":
            assert page.locator(".md-content .dossier-overview").is_visible()
        if name == "article":
            assert page.locator(".dossier-text .dossier-sentence").first.is_visible()
            assert page.locator(".md-content .dossier-meta").first.is_visible()
        if name == "timeline":
            assert page.locator(".md-content .dossier-timeline li").first.is_visible()

        scheme = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
        assert scheme == ("slate" if mode == "dark" else "default")
        if mode == "print":  # paper: no navigation, no downloads, no search, no header
            for selector in (".md-header", ".md-sidebar--primary", ".md-search", ".headerlink"):
                assert hidden(page, selector), f"{selector} is printed on the {name} page"
            if name == "timeline":
                assert hidden(page, ".dossier-downloads")
                assert hidden(page, ".dossier-downloads + p a")
        else:
            assert page.locator(".md-header").is_visible()
        if mode == "mobile":
            # The site's full name: wrapped if need be, never cut with an ellipsis.
            title = page.locator(".md-header__topic:first-child .md-ellipsis")
            assert title.is_visible() and title.inner_text().strip() == "Dossier Salesforce und Backpage"
            size = title.evaluate("e => ({sw: e.scrollWidth, cw: e.clientWidth, sh: e.scrollHeight, "
                                  "ch: e.clientHeight})")
            assert size["sw"] <= size["cw"] and size["sh"] <= size["ch"] + 1, f"the site name is cut: {size}"
            # Nothing makes the phone scroll sideways.
            assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        opened.assert_clean()
    finally:
        context.close()
