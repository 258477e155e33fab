"""Article pages with navigation, dates and ads around the text (test helper)."""

from __future__ import annotations

from linkcheck_servers import Response

PARAGRAPHS = (
    "Facebook has been blocked in China since July 2009, after riots in Urumqi.",
    "The company has tried for years to return, and its founder has visited Beijing often.",
    "In 2016 the company built a tool that could suppress posts in certain regions.",
    "The tool was not used, according to three former employees who spoke anonymously.",
)


def article(
    title: str = "Facebook and China",
    paragraphs: tuple[str, ...] = PARAGRAPHS,
    *,
    nav: str = "Home · World · Business · Tech",
    dateline: str = "Updated 18 July 2016, 10:15",
    ad: str = "Subscribe now: 50% off your first year!",
) -> Response:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    page = (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>{title}</title></head><body>"
        f"<header><nav><ul>{''.join(f'<li><a href=/{w}>{w}</a></li>' for w in nav.split(' · '))}"
        "</ul></nav></header>"
        f"<aside class='advert'>{ad}</aside>"
        f"<main><article><h1>{title}</h1><p class='byline'>By Jane Doe</p>{body}</article></main>"
        f"<footer><p>{dateline}</p><p>© 2016 The Daily Example</p></footer>"
        "</body></html>"
    )
    return Response(200, {"Content-Type": "text/html; charset=utf-8"}, page.encode())
