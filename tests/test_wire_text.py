"""Wire text as the parser reads it: hard-wrapped lines and a dash glued after the wire credit
(tidings.nlp.unwrap_lines). Made-up sentences in the shape of wire copy."""

from __future__ import annotations

from tidings.nlp import parse, unwrap_lines

WRAPPED = (
    "GENEVA, March 4 (Reuters) - The Foreign Minister of\n"
    "Brazil, Carla Mendes, said on Tuesday there was no shortcut\n"
    "around talks at the start of a meeting with\n"
    "Argentine Foreign Minister Tomas Ruiz in Geneva.\n"
    "Ruiz told reporters the two sides would meet again."
)


def test_a_hard_wrap_inside_a_sentence_is_read_as_a_space_at_the_same_offsets():
    read = unwrap_lines(WRAPPED)
    assert len(read) == len(WRAPPED)
    assert "Minister of Brazil, Carla" in read and "shortcut around talks" in read and "with Argentine" in read
    assert read.count("\n") == 1  # the break after the full stop stays
    doc = next(iter(parse([WRAPPED])))
    sents = [s.text.strip() for s in doc.sents]
    assert any(s.startswith("The Foreign Minister of Brazil") and s.endswith("in Geneva.") for s in sents)
    tok = next(t for t in doc if t.text == "Carla")
    assert WRAPPED[tok.idx : tok.idx + 5] == "Carla"  # offsets hold in the stored text


def test_headings_bullets_datelines_and_header_lines_keep_their_break():
    for text in (
        "Key points\n- Tariffs on steel rise to 50%",
        "Talks resume in Doha\nNegotiators from both sides arrived on Monday.",
        "Lima, May 2\nThe Peruvian government said",
        "Envoys meet in first talks since the clash\ndate 2024-05-02\nThe envoys met.",
    ):
        assert unwrap_lines(text) == text


def test_a_dash_glued_to_the_word_after_the_wire_credit_is_split():
    text = "KABUL, May 3 (Reuters) -Afghanistan recalled its ambassador to Iran on Friday."
    read = unwrap_lines(text)
    assert len(read) == len(text) and "(Reuters)  Afghanistan recalled" in read
    doc = next(iter(parse([text])))
    assert "Afghanistan" in [t.text for t in doc]
    assert any(e.text == "Afghanistan" for e in doc.ents)
    # a hyphen inside a word or a dash between spaces is untouched
    assert unwrap_lines("(AP) - Kenya-Ethiopia talks") == "(AP) - Kenya-Ethiopia talks"


def test_a_sentence_goes_on_after_an_abbreviation_plain_or_hard_wrapped():
    # guard (session 10, split10): no false sentence split after "U.S.", "Sen.", "Lt.", "Gen.", "Jan."
    # when the sentence goes on, inline or at a hard wrap; counted 0 such splits on the real sets.
    texts = (
        "The fifth round of Brazil-U.S. trade consultations is scheduled for June in Brasilia.",
        "Sen. Maria Lopez said the U.S. Treasury would answer Chile's request by Jan. 5.",
        "OSLO, May 3 (Reuters) - Norway and the U.S.\nTreasury agreed on Friday to share data.",
        "LIMA, May 3 (Reuters) - Republican U.S. Sen.\nMaria Lopez met Peruvian officials on Friday.",
        "QUITO, May 3 (Reuters) - Lt.\nGen. Pablo Vera said Ecuador would close the border.",
    )
    for text, doc in zip(texts, parse(texts), strict=True):
        tail = [s for s in doc.sents if not s.text.strip().endswith("-")]
        assert len(tail) == 1, [s.text for s in doc.sents]
        assert tail[0].text.rstrip().endswith(".") and len(doc.text) == len(text)


def test_a_press_release_dateline_is_no_subject_of_the_lead():
    # "Government House, Suva, Fiji, Monday 4 March 2024 - The Prime Minister has held ...": places and a dated
    # day before a dash open the release; the dash is read as a full stop, at the same offsets
    from tidings.events.article import dateline_end

    text = (
        "Government House, Suva, Fiji, Monday 4 March 2024 \u2013 Prime Minister Tomas Vale has held talks "
        "with the visiting President of Chile."
    )
    read = unwrap_lines(text)
    assert len(read) == len(text) and read.startswith("Government House, Suva, Fiji, Monday 4 March 2024 . Prime")
    assert text[: dateline_end(text)].endswith("2024 \u2013 ") and dateline_end(read) == dateline_end(text)
    doc = next(iter(parse([text])))
    held = next(t for t in doc if t.text == "held")
    assert [c.text for c in held.children if c.dep_ == "nsubj"] == ["Vale"]
    # a wire dateline in capitals and a lead that starts with names keep their dash
    assert unwrap_lines("BEIJING, July 3, 2024 \u2014 China said") == "BEIJING, July 3, 2024 \u2014 China said"
    assert (
        unwrap_lines("Chile, Peru and Fiji met on 3 March 2024 - The")
        == "Chile, Peru and Fiji met on 3 March 2024 - The"
    )


def test_a_heading_line_over_a_paragraph_is_its_own_sentence():
    # a subheading or a live blog's time stamp stands on its own line over the text it heads: the parser would
    # read its words into the first sentence; a hard-wrapped paragraph's first line and the text's first
    # line (a title over the dateline) are no headings
    from tidings.nlp import heading_breaks

    text = (
        "Lead paragraph of the story.\n\n"
        "2021: talks resume\n"
        "In early March 2021, envoys of the two states met in Doha and agreed to reopen the border crossings.\n\n"
        "10:45 a.m. - A handshake in the garden\n"
        "The two leaders shook hands before the cameras and walked into the hall together for their talks."
    )
    starts = heading_breaks(text)
    assert [text[i : i + 8] for i in starts] == ["In early", "The two "]
    doc = next(iter(parse([text])))
    sents = [s.text.strip() for s in doc.sents]
    assert any(s.startswith("In early March 2021, envoys") for s in sents), sents
    assert any(s.startswith("The two leaders shook hands") for s in sents), sents
    wrapped = "Lead.\n\nThe Foreign Minister of Brazil said on Tuesday there\nThat was no shortcut around the talks."
    assert heading_breaks(wrapped) == []
    # the text's first line with no final stop, shorter than the line after, is a headline over the lead (session
    # 22: "Forces Raid Camp, Arrest 13\nCITY (Agency) - ..." had the headline's words taken for the lead's sides)
    assert heading_breaks("Talks resume in Doha\nNegotiators from both sides arrived on Monday.") == [21]
    assert heading_breaks("The Foreign Minister of Brazil said on Tuesday there\nThat was no shortcut.") == []
    assert heading_breaks("Lead.\n\nThe talks will resume, officials said,\nAnd the envoys will meet again.") == []


def test_the_plain_hyphen_of_a_capitals_dateline_keeps_the_lead_its_subject():
    # "OSLO, June 6 - The Norwegian government ...": without a wire credit, the entity recogniser read
    # "June 6 - The Norwegian government" as one date range, and the lead lost its subject
    texts = [
        "OSLO, June 6 - Norway summoned Russia's ambassador on Thursday over the border incident.",
        "QUITO, Ecuador, March 12, 2024 -- The Ecuadorean government expelled Mexico's ambassador on Tuesday.",
    ]
    for text, doc in zip(texts, parse(texts), strict=True):
        read = unwrap_lines(text)
        assert len(read) == len(text) and "\u2014" in read[:40] and read[40:] == text[40:]
        verb = next(t for t in doc if t.text in ("summoned", "expelled"))
        assert {"Norway", "government"} & {c.text for c in verb.children if c.dep_ == "nsubj"}
        assert not any(" - " in e.text or " -- " in e.text for e in doc.ents)
    # a hyphen in a lead without such a dateline is untouched
    assert unwrap_lines("Talks on June 6 - a first - ended.") == "Talks on June 6 - a first - ended."


def test_a_dash_after_an_initialism_joins_two_names():
    # "U.S.-China talks": spaCy splits "Russia-Ukraine" at its dash but kept "U.S.-China" one token, so neither
    # state was an actor; "U.S.-led" (a lower-case word after the dash) stays one word
    doc = next(iter(parse(["The U.S.-China talks and the U.K.-EU deal, unlike U.S.-led forces, made news."])))
    words = [t.text for t in doc]
    assert words[1:4] == ["U.S.", "-", "China"] and ["U.K.", "-", "EU"] == words[7:10] and "U.S.-led" in words


def test_the_parse_keeps_the_words_of_the_article():
    # the parser reads a capitals dateline's hyphen as an em dash and a release dateline's dash as a full stop;
    # the doc keeps those readings' parse but the article's own words, so sentences and evidence are verbatim
    texts = [
        "OSLO, June 6 - Norway summoned Russia's ambassador on Thursday over the border incident.",
        "Government House, Suva, Fiji, Monday 4 March 2024 \u2013 Prime Minister Tomas Vale has held talks in Suva.",
    ]
    for text, doc in zip(texts, parse(texts), strict=True):
        assert doc.text == text
        assert "".join(s.text_with_ws for s in doc.sents) == text


def test_the_plain_hyphen_after_a_wire_credit_keeps_the_lead_a_common_noun():
    # "OSLO, June 6 (Meridian) - Negotiations between ...": after a plain hyphen the tagger read the lead's first
    # word as a proper noun, so "Negotiations" and "Talks" made no event; read as an em dash (as wires print it), the
    # word is a common noun, and the doc still has the article's hyphen
    texts = [
        "OSLO, June 6 (Meridian) - Negotiations between Norway and Sweden resumed in Bergen on Thursday.",
        "Oslo, Norway [NO], June 6 (Meridian) - Talks between Norway and Sweden ended in Bergen on Thursday.",
    ]
    for text, doc in zip(texts, parse(texts), strict=True):
        assert ") \u2014 " in unwrap_lines(text) and doc.text == text
        assert next(t for t in doc if t.text in ("Negotiations", "Talks")).pos_ == "NOUN"
    # not before an article, where the dateline's city became the subject
    assert unwrap_lines("OSLO, June 6 (Meridian) - A wave of drones hit Bergen.") == (
        "OSLO, June 6 (Meridian) - A wave of drones hit Bergen.")


def test_the_plain_hyphen_after_a_capitals_city_alone_keeps_the_lead_a_common_noun():
    # "OSLO - Negotiations between ...": a city in capitals with no date or agency tag, then a plain hyphen
    text = "OSLO - Negotiations between Norway and Sweden resumed in Bergen on Thursday."
    doc = next(iter(parse([text])))
    assert unwrap_lines(text).startswith("OSLO \u2014 ") and doc.text == text
    assert next(t for t in doc if t.text == "Negotiations").pos_ == "NOUN"
    # a sentence that merely starts with a capitalised word and a hyphen is untouched
    assert unwrap_lines("Oslo - the capital - hosted talks.") == "Oslo - the capital - hosted talks."
