"""Publication dates: parsed as found, never guessed."""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.ingest.dates import find_dateline, header_date, parse_date, path_date


@pytest.mark.parametrize("value,published,day", [
    ("2023-06-19T17:40:00+08:00", "2023-06-19T17:40:00+08:00", dt.date(2023, 6, 19)),
    ("2023-06-19T23:40:00-05:00", "2023-06-19T23:40:00-05:00", dt.date(2023, 6, 19)),  # its own offset, not UTC
    ("Fri, 22 Dec 2023 09:15:00 GMT", "2023-12-22T09:15:00+00:00", dt.date(2023, 12, 22)),
    ("3 April 2024", "2024-04-03", dt.date(2024, 4, 3)),
    ("June 19, 2023", "2023-06-19", dt.date(2023, 6, 19)),
    ("Sept. 5, 2022", "2022-09-05", dt.date(2022, 9, 5)),
    ("25/04/2024", "2024-04-25", dt.date(2024, 4, 25)),
])
def test_parse_date(value: str, published: str, day: dt.date) -> None:
    got = parse_date(value)
    assert got is not None and (got.published, got.date) == (published, day)


@pytest.mark.parametrize("value", ["yesterday", "last Tuesday", "03/04/2024", "2023-13-45", "", "2199-01-01", "soon"])
def test_unparsable_or_ambiguous_dates_are_none(value: str) -> None:
    assert parse_date(value) is None


def test_header_lines() -> None:
    assert header_date("date 2024-04-03")[1].published == "2024-04-03"  # type: ignore[index,union-attr]
    assert header_date("Published: 3 April 2024")[1].published == "2024-04-03"  # type: ignore[index,union-attr]
    assert header_date("Published June 19, 2023")[1].published == "2023-06-19"  # type: ignore[index,union-attr]
    assert header_date("Published: whenever")[1] is None  # type: ignore[index]
    assert header_date("Publishers met in Frankfurt") is None


def test_datelines_and_year_rule() -> None:
    assert find_dateline("BEIJING, July 3, 2023 — China said").date == dt.date(2023, 7, 3)  # type: ignore[union-attr]
    assert find_dateline("WASHINGTON, April 3 (Reuters) - Talks", path="/news/2024/x.txt").date == dt.date(2024, 4, 3)  # type: ignore[union-attr]
    body = "WASHINGTON, April 2 (Wire) - Biden and Xi spoke on Tuesday, after their summit in November 2023."
    assert find_dateline(body).date == dt.date(2024, 4, 2)  # type: ignore[union-attr]
    assert find_dateline("WASHINGTON, April 2 (Wire) - Biden and Xi spoke on Tuesday.") is None
    assert find_dateline("May 5 people died in the floods on Tuesday, 2024.") is None


def test_dateline_naming_two_cities() -> None:
    # "LONDON/PARIS, ..." files one story from two bureaus: still a dateline, with the same year rule
    body = ("OTTAWA/CANBERRA, Sept 12 (Lantern News) - Canada said on Thursday it would send an envoy, "
            "a year after the spat over fishing quotas of 2018.")
    assert find_dateline(body).date == dt.date(2019, 9, 12)  # type: ignore[union-attr]
    assert find_dateline("KYIV/WARSAW, March 3, 2022 - Talks ended").date == dt.date(2022, 3, 3)  # type: ignore[union-attr]


def test_a_yearless_dateline_prefers_the_news_day_itself() -> None:
    # July 22 was a Friday in 2022 and a Saturday in 2023: "signed on Friday" under "July 22" is 2022,
    # though Saturday's copy could also say "on Friday"
    body = ("ISTANBUL, July 22 (Wire) - Russia and Ukraine signed grain agreements on Friday, five months "
            "after the war began in February 2022.")
    assert find_dateline(body).date == dt.date(2022, 7, 22)  # type: ignore[union-attr]


def test_path_dates() -> None:
    assert path_date("/in/2023-06-19-blinken.html").date == dt.date(2023, 6, 19)  # type: ignore[union-attr]
    assert path_date("/in/20230619_blinken.html").date == dt.date(2023, 6, 19)  # type: ignore[union-attr]
    assert path_date("/in/report-123456789.html") is None


def test_url_dates_read_the_path_only() -> None:
    from tidings.ingest.dates import url_date, url_year

    assert url_date("https://wire.example/world/2023/06/19/blinken-beijing").date == dt.date(2023, 6, 19)  # type: ignore[union-attr]
    assert url_date("https://paper.example/news/asia-20240402-biden-xi-call.html").date == dt.date(2024, 4, 2)  # type: ignore[union-attr]
    assert url_date("https://paper.example/story?id=20230619") is None     # a query string is no filing date
    assert url_date("https://paper.example/world/asia/blinken-beijing-123456789") is None
    assert url_date(None) is None
    assert url_year("https://paper.example/2024/04/biden-xi-call") == 2024


def test_url_folders_of_a_month_and_a_day_without_leading_zeros() -> None:
    from tidings.ingest.dates import url_date

    assert url_date("https://wire.example/news/2024/3/23/coast-guard-fires-water-cannon").date == dt.date(2024, 3, 23)  # type: ignore[union-attr]
    assert url_date("https://wire.example/news/2023/11/5/envoys-meet").date == dt.date(2023, 11, 5)  # type: ignore[union-attr]
    assert url_date("https://wire.example/news/2024/3/1234567-story") is None  # an article number, not a day
    assert url_date("https://wire.example/v1/2024/3/23.5/x") is None


def test_a_dateline_with_the_country_in_brackets() -> None:
    body = "Lagos [Nigeria], May 7 (Wire): Ghana and Nigeria held talks on Tuesday, after a 2023 dispute."
    assert find_dateline(body).date == dt.date(2024, 5, 7)  # type: ignore[union-attr]


def test_url_folders_of_a_month_named_in_letters() -> None:
    # "/2018/Jan/18/", "/2024/nov/28/": a month folder in letters, as several papers file their pages
    from tidings.ingest.dates import url_date

    assert url_date("https://paper.example/story/world/2019/Mar/4/envoy-summoned-over-shelling-123.html").date == dt.date(2019, 3, 4)  # type: ignore[union-attr]
    assert url_date("https://paper.example/world/2022/oct/09/ministers-meet-in-hanoi").date == dt.date(2022, 10, 9)  # type: ignore[union-attr]
    assert url_date("https://paper.example/news/2021/September/30/").date == dt.date(2021, 9, 30)  # type: ignore[union-attr]
    assert url_date("https://paper.example/2023/may/") is None  # a month with no day
    assert url_date("https://paper.example/2023/mayor/12/story") is None  # no month
    assert url_date("https://paper.example/2023/feb/30/story") is None  # no such day
