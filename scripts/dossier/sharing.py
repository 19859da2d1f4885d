"""Open Graph and Twitter meta tags, and schema.org JSON-LD for article pages.

Shared links then show the page's title and the article's lead; search engines read the article's
author, publisher, language and dates. Everything is escaped: titles and leads come from seeds.
"""

from __future__ import annotations

import html
import json

from .segment import Document


def _attribute(value: str) -> str:
    return html.escape(value, quote=True)


def meta_tags(*, title: str, description: str | None, site_name: str, language: str,
              url: str | None, is_article: bool) -> str:
    tags = [("og:type", "article" if is_article else "website"), ("og:title", title),
            ("og:site_name", site_name), ("og:locale", {"de": "de_DE", "en": "en_GB"}.get(language, language))]
    if description:
        tags.append(("og:description", description))
    if url:
        tags.append(("og:url", url))
    lines = [f'<meta property="{name}" content="{_attribute(value)}">' for name, value in tags]
    lines.append('<meta name="twitter:card" content="summary">')
    lines.append(f'<meta name="twitter:title" content="{_attribute(title)}">')
    if description:
        lines.append(f'<meta name="twitter:description" content="{_attribute(description)}">')
    return "\n".join(lines)


def news_article_json_ld(document: Document, *, description: str | None, url: str | None) -> str:
    """A schema.org NewsArticle, with only what the seed and its metadata say."""
    data: dict = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": document.title,
                  "inLanguage": document.language}
    if description:
        data["description"] = description
    if document.byline:
        data["author"] = [{"@type": "Person", "name": name} for name in document.byline]
    if document.outlet:
        data["publisher"] = {"@type": "Organization", "name": document.outlet}
    if document.metadata.published:
        data["datePublished"] = document.metadata.published
    if document.metadata.url:
        data["isBasedOn"] = document.metadata.url
    if url:
        data["url"] = url
    payload = json.dumps(data, ensure_ascii=False, sort_keys=True)
    # "</script>" in a title must not end the script element.
    payload = payload.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f'<script type="application/ld+json">{payload}</script>'


def head_additions(*, title: str, description: str | None, site_name: str, language: str,
                   url: str | None, article: Document | None) -> str:
    parts = [meta_tags(title=title, description=description, site_name=site_name, language=language,
                       url=url, is_article=article is not None)]
    if article is not None:
        parts.append(news_article_json_ld(article, description=description, url=url))
    return "\n".join(parts)


def insert_into_head(page_html: str, additions: str) -> str:
    index = page_html.find("</head>")
    if index < 0:
        return page_html
    return page_html[:index] + additions + "\n" + page_html[index:]
