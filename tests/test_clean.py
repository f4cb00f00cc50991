"""Cleaning keeps every body sentence and drops page furniture."""

from __future__ import annotations

from tidings.clean import clean_text, extract_html

BODY = [
    "TAIPEI — China's military began two days of large-scale drills around Taiwan on Thursday, three days after "
    "the island's new president was sworn in, state media said.",
    "The exercises, named Joint Sword-2024A, involved navy ships and fighter jets and were described by Beijing as "
    "punishment for separatist acts.",
    "Taiwan's defence ministry said it had dispatched forces to monitor the drills and condemned them as irrational "
    "provocation.",
]


def _body() -> str:
    return "\n\n".join(BODY)


def test_plain_text_furniture_goes_body_stays() -> None:
    text = ("Skip to main content\nHome | World | Asia | Markets\nShare on Facebook Share on X Copy link\n\n"
            + _body() + "\n\nSign up for our Asia Briefing newsletter\n"
            "This article is republished from The Straits Monitor under a Creative Commons license. Read the original article.\n"
            "This story was distributed through the Pacific Wire syndication service.\n"
            "Related: Markets slide as tensions rise | Opinion: The strait in numbers\n"
            "© 2024 Straits Monitor. All rights reserved.\nBack to top\n")
    out = clean_text(text)
    assert out == _body()


def test_trailing_furniture_sentence_is_cut_from_last_paragraph() -> None:
    out = clean_text(_body() + " This story was syndicated by the Harbor Wire. Read the original article.")
    assert out == _body()


def test_comment_section_at_the_end_is_dropped() -> None:
    out = clean_text(_body() + "\n\nComments (3)\nreader77: This is outrageous.\nkim_j: Agreed.")
    assert out == _body()


def test_author_bio_dropped_but_quoted_expert_kept() -> None:
    bio = "Lena Ortiz is the Monitor's Taipei correspondent. She previously reported from Manila."
    assert clean_text(_body() + "\n\n" + bio, author="Lena Ortiz") == _body()
    expert = "Bonnie Chang is a senior fellow at the Pacific Forum, said the drills were larger than last year's."
    assert expert in clean_text(_body() + "\n\n" + expert)


def test_body_lines_that_look_like_furniture_are_kept() -> None:
    tricky = [
        "Copyright protection for Taiwanese chip designs was not part of the dispute, officials noted.",
        "Related talks between the two coast guards ended without agreement last month.",
        "Home affairs officials in Taipei said evacuation drills would continue through the weekend as planned.",
        "Comments by the foreign ministry spokesman were broadcast on state television.",
    ]
    text = _body() + "\n\n" + "\n\n".join(tricky)
    assert clean_text(text) == text


def test_html_scripts_styles_handlers_never_reach_text() -> None:
    html = ("<html><head><style>p{color:red}</style><script>window.x = track('a');</script></head><body>"
            "<nav>Home | World | Asia | Opinion</nav>"
            "<article>" + "".join(f'<p onmouseover="steal()">{p}</p>' for p in BODY) + "</article>"
            "<aside>Most read</aside><noscript>Enable JavaScript</noscript>"
            "<footer>© 2024 Monitor. All rights reserved.</footer><script>more()</script></body></html>")
    ex = extract_html(html)
    assert ex.text == _body()
    for junk in ("track(", "color:red", "steal()", "more()", "Enable JavaScript", "All rights reserved"):
        assert junk not in ex.text


def test_html_fragment_from_a_feed_is_extracted() -> None:
    ex = extract_html("<p>" + BODY[0] + "</p><p>" + BODY[1] + "</p><img src=x onerror=alert(1)>")
    assert ex.text == "\n\n".join(BODY[:2])


def test_whitespace_and_control_characters_normalised() -> None:
    raw = "  " + BODY[0] + "\u00a0 \r\n\r\n\r\n\x0c" + BODY[1] + "\u200b  \n"
    assert clean_text(raw) == BODY[0] + "\n\n" + BODY[1]


def test_furniture_in_other_languages() -> None:
    fr = "Le président a rencontré son homologue allemand à Bruxelles mardi pour discuter du commerce."
    de = "Die Ministerin sagte, die Gespräche über die Energiepreise seien konstruktiv gewesen."
    text = (f"Lire aussi : Le sommet de Bruxelles\nPartager sur Facebook\n{fr}\n\nMehr zum Thema: Gipfel in Brüssel\n"
            f"{de}\nAbonnieren Sie unseren Newsletter\n© Le Quotidien 2024 - Tous droits réservés")
    assert clean_text(text) == f"{fr}\n\n{de}"


def test_seed_form_inline_date_header_dates_the_article_and_leaves_the_text(tmp_path) -> None:
    """Issue 16.6: "date 2024-04-03 In a significant ..." on one line: the date is the publication date
    (published_source dateline) and the header is not article text."""
    import tidings

    (tmp_path / "seed.txt").write_text(
        "date 2024-04-03 In a significant diplomatic engagement, Secretary of State Antony Blinken met Foreign "
        "Minister Wang Yi in Beijing to discuss trade and security. Both sides called the talks candid.\n",
        encoding="utf-8")
    with tidings.open(tmp_path / "s.duckdb") as t:
        t.ingest([tmp_path / "seed.txt"], workers=1)
        (row,) = t.query("SELECT published, published_source, title, text FROM articles")
    assert (row["published"], row["published_source"]) == ("2024-04-03", "dateline")
    assert row["text"].startswith("In a significant diplomatic engagement") and "2024-04-03" not in row["text"]
    assert row["title"] is None


def test_author_bio_glued_to_the_last_paragraph_is_furniture() -> None:
    """Issue 16.6: a bio sentence at the very end, in the same paragraph as the body, goes; the body stays."""
    text = ("Blinken and Wang met for five hours in Beijing on Friday. Both sides said the talks were candid. "
            "Jane Doe is a reporter with a penchant for diplomatic history; she enjoys long walks along the Potomac.")
    out = clean_text(text)
    assert out == "Blinken and Wang met for five hours in Beijing on Friday. Both sides said the talks were candid."
    # a sentence about a reporter inside the body, followed by more body, is body
    body = ("Jane Doe is a reporter who was detained in Moscow last year. Her employer said on Monday that she "
            "had been released after talks between the two governments.")
    assert clean_text(body) == body
