from lagebild.errors import InputError
from lagebild.ingest import read_bytes

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Testblatt</title>
<item><title>Regierung tagt</title><link>https://example.org/1</link>
<description>&lt;p&gt;Die Regierung kam am Morgen zusammen.&lt;/p&gt;</description>
<pubDate>Mon, 01 Dec 2025 08:00:00 +0100</pubDate></item>
<item><title>Wahl verschoben</title><link>https://example.org/2</link>
<description>Die Wahl findet erst im Mai statt.</description></item>
</channel></rss>"""


def test_rss_entries_become_articles() -> None:
    got = list(read_bytes(RSS, "feed.xml", fmt="feed"))
    assert [a.title for a in got if not isinstance(a, InputError)] == ["Regierung tagt", "Wahl verschoben"]
    first = got[0]
    assert not isinstance(first, InputError)
    assert first.outlet == "Testblatt" and first.url == "https://example.org/1"
    assert first.text == "Regierung tagt\nDie Regierung kam am Morgen zusammen."
    assert first.published is not None and first.published.isoformat() == "2025-12-01T07:00:00+00:00"


def test_feed_without_entries_is_reported() -> None:
    [err] = list(read_bytes(b"<rss><channel><title>x</title></channel></rss>", "leer.rss", fmt="feed"))
    assert isinstance(err, InputError) and err.code == "E006"


def test_format_is_sniffed_from_content() -> None:
    got = list(read_bytes(RSS, "ohne-endung"))
    assert len(got) == 2
