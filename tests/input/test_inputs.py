"""Real-world inputs: HTML pages (both extractors), Markdown, URLs from a local server."""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from articlediff import Role, compare, load_article
from articlediff.cli import main
from articlediff.errors import LoadError
from articlediff.input.extract import extract_html, extract_html_builtin
from articlediff.input.load import input_warnings
from articlediff.input.markdown import markdown_blocks, strip_inline

from ..conftest import CNN, FIXTURES

PAGES = FIXTURES / "cnn-el-salvador-html"
META_ROLES = (Role.HEADLINE, Role.BYLINE, Role.DATELINE)


def story_paragraphs(version: int) -> list[str]:
    return [p.text for p in load_article(CNN / f"v{version}.txt").paragraphs if p.role is not Role.BYLINE]


class TestHTMLExtraction:
    """The hand-made pages wrap the real text of both versions in page chrome."""

    @pytest.mark.parametrize("version", [1, 2])
    def test_builtin_extractor_finds_exactly_the_story(self, version: int) -> None:
        blocks = extract_html_builtin((PAGES / f"v{version}.html").read_text())
        assert blocks[0].role is Role.HEADLINE
        assert [b.text for b in blocks if b.role not in META_ROLES] == story_paragraphs(version)
        texts = " ".join(b.text for b in blocks)
        for chrome in ("cookies", "Related stories", "Most read", "Advertisement", "Sign up", "Terms of Use", "Share this"):
            assert chrome not in texts

    @pytest.mark.parametrize("version", [1, 2])
    def test_trafilatura_finds_exactly_the_story(self, version: int) -> None:
        pytest.importorskip("trafilatura")
        page = extract_html((PAGES / f"v{version}.html").read_text())
        assert page.extractor == "trafilatura"
        assert [b.text for b in page.blocks if b.role not in META_ROLES] == story_paragraphs(version)

    def test_subheads_keep_their_role(self) -> None:
        article = load_article(PAGES / "v2.html")
        subheads = [p.text for p in article.paragraphs if p.role is Role.SUBHEAD]
        assert subheads == ["El Salvador’s mega-prisons", "Trump’s immigration crackdown"]
        assert article.format == "html"

    def test_html_diff_pairs_like_the_text_diff(self) -> None:
        text = compare(load_article(CNN / "v1.txt"), load_article(CNN / "v2.txt"))
        page = compare(load_article(PAGES / "v1.html"), load_article(PAGES / "v2.html"))

        def body_pairs(diff):  # type: ignore[no-untyped-def]
            return {
                (diff.old.paragraphs[i].text, diff.new.paragraphs[j].text)
                for b in diff.rows for i in b.old for j in b.new
                if diff.new.paragraphs[j].role not in META_ROLES
            }

        assert body_pairs(page) == body_pairs(text)

    def test_broken_markup_does_not_lose_text(self) -> None:
        blocks = extract_html_builtin("<p>One <b>bold</p><p>Two &amp; <i>three</i><div>after")
        assert [b.text for b in blocks] == ["One bold", "Two & three"]

    def test_article_text_containing_script_is_kept_as_text(self) -> None:
        blocks = extract_html_builtin("<article><p>The &lt;script&gt; tag was shown.</p><script>alert(1)</script></article>")
        assert [b.text for b in blocks] == ["The <script> tag was shown."]


class TestExtractionWarnings:
    def test_collapsed_extraction_is_flagged(self, tmp_path: Path) -> None:
        broken = tmp_path / "broken.html"
        broken.write_text("<html><body><article><h1>Title</h1><p>Only a teaser line survives.</p></article></body></html>")
        warnings = input_warnings(load_article(PAGES / "v1.html"), load_article(broken))
        assert any("extraction may have failed" in w and "broken.html" in w for w in warnings)

    def test_cli_prints_the_warning_on_stderr(self, tmp_path: Path) -> None:
        broken = tmp_path / "broken.html"
        broken.write_text("<html><body><p>Teaser.</p></body></html>")
        result = CliRunner().invoke(main, [str(PAGES / "v1.html"), str(broken), "--format", "json"])
        assert result.exit_code == 1
        assert "Warning: " in result.stderr and "extraction may have failed" in result.stderr

    @pytest.mark.parametrize("extract", ["trafilatura", "builtin"])
    def test_the_date_comes_from_the_markup_never_from_a_copyright_line(self, extract: str) -> None:
        """A page whose markup dates nothing has no dateline: a "© 2026" in its footer is
        no date of the story (a page fetched again next year would show a dateline
        change no one made). A page that dates itself in its markup keeps that date."""
        if extract == "trafilatura":
            pytest.importorskip("trafilatura")

        def datelines(page: str) -> list[str]:
            blocks = extract_html(page).blocks if extract == "trafilatura" else extract_html_builtin(page)
            return [b.text for b in blocks if b.role is Role.DATELINE]

        body = ("<article><h1>Quake hits city</h1><p>A 6.1 magnitude quake hit the city on Monday, killing"
                " 12 people.</p><p>Rescue teams are searching the rubble for survivors tonight.</p></article>")
        undated = f"<html><head><title>Quake</title></head><body>{body}<footer>© 2026 News Co</footer></body></html>"
        assert datelines(undated) == []
        dated = undated.replace(
            "<head>", '<head><meta property="article:published_time" content="2025-02-03T20:36:00Z">'
        ).replace("</h1>", '</h1><time datetime="2025-02-03">3 February 2025</time>')
        assert len(datelines(dated)) == 1 and "2025" in datelines(dated)[0]

    @pytest.mark.parametrize("extract", ["trafilatura", "builtin"])
    def test_a_short_list_item_is_body_never_a_subhead(self, extract: str) -> None:
        if extract == "trafilatura":
            pytest.importorskip("trafilatura")
        page = ("<html><body><article><h1>Budget deal reached</h1><p>Lawmakers reached a budget deal late on"
                " Thursday after weeks of talks, officials said.</p><p>Key points:</p><ul><li>Taxes rise by 2%</li>"
                "<li>Spending falls by $3 billion</li></ul><p>The vote is on Friday, and the deal is expected to"
                " pass with support from both parties.</p></article></body></html>")
        blocks = extract_html(page).blocks if extract == "trafilatura" else extract_html_builtin(page)
        items = [b for b in blocks if b.text in ("Taxes rise by 2%", "Spending falls by $3 billion")]
        assert [b.role for b in items] == [Role.BODY, Role.BODY]

    def test_normal_pages_give_no_failure_warning(self) -> None:
        warnings = input_warnings(load_article(PAGES / "v1.html"), load_article(PAGES / "v2.html"))
        assert not any("failed" in w for w in warnings)


class TestMarkdown:
    def test_headings_become_roles_and_markers_go(self) -> None:
        blocks = markdown_blocks("# Big news\n\nBy Jo Doe\n\nText with **bold** and [a link](https://x.test).\n\n## Reactions\n\nMore.")
        assert [(b.text, b.role) for b in blocks] == [
            ("Big news", Role.HEADLINE), ("By Jo Doe", None), ("Text with bold and a link.", None),
            ("Reactions", Role.SUBHEAD), ("More.", None),
        ]

    def test_a_list_is_one_paragraph_an_item(self) -> None:
        """Each item its own body paragraph, markers off, starting on its own line; a
        line without a marker goes on with its item."""
        blocks = markdown_blocks("# Deal\n\nKey points:\n\n- Taxes rise by **2%**\n- Spending falls\n  by $3 billion\n"
                                 "3) Pensions are frozen\n\nThe vote is on Friday.")
        assert [(b.text, b.role, b.line) for b in blocks] == [
            ("Deal", Role.HEADLINE, 1), ("Key points:", None, 3), ("Taxes rise by 2%", Role.BODY, 5),
            ("Spending falls\nby $3 billion", Role.BODY, 6), ("Pensions are frozen", Role.BODY, 8),
            ("The vote is on Friday.", None, 10),
        ]

    def test_list_items_reordered_are_moved_not_edited(self, tmp_path: Path) -> None:
        old, new = tmp_path / "a.md", tmp_path / "b.md"
        old.write_text("# Deal\n\n- Taxes rise by 2%\n- Spending falls by $3 billion\n- Pensions are frozen\n")
        new.write_text("# Deal\n\n- Spending falls by $3 billion\n- Taxes rise by 2%\n- Pensions are frozen\n")
        diff = compare(load_article(old), load_article(new))
        assert diff.summary.edited == 0 and diff.summary.moved == 1
        assert all(p.role is Role.BODY for p in diff.new.paragraphs[1:])

    def test_emphasis_and_links_are_not_text_changes(self, tmp_path: Path) -> None:
        old, new = tmp_path / "a.md", tmp_path / "b.md"
        old.write_text("# Title\n\nThe minister resigned on Monday.")
        new.write_text("# Title\n\nThe *minister* [resigned](https://x.test/r) on **Monday**.")
        assert not compare(load_article(old), load_article(new)).changed

    @pytest.mark.parametrize(
        ("text", "plain"),
        [("snake_case_name stays", "snake_case_name stays"), ("2 * 3 * 4", "2 * 3 * 4"), ("`code` x", "code x"),
         ("![alt text](i.png)", "alt text"), ("__strong__ _em_", "strong em")],
    )
    def test_strip_inline(self, text: str, plain: str) -> None:
        assert strip_inline(text) == plain


class _Handler(http.server.BaseHTTPRequestHandler):
    pages: dict[str, tuple[int, str, bytes]] = {}

    def do_GET(self) -> None:  # noqa: N802 (the standard library's name)
        if self.path == "/slow":
            time.sleep(2)
        status, content_type, body = self.pages.get(self.path, (404, "text/plain", b"not found"))
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except OSError:
            pass

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(name="server", scope="module")
def fixture_server() -> Iterator[str]:
    """A web server on the loopback interface, serving the fixture pages."""
    _Handler.pages = {
        "/v1": (200, "text/html; charset=utf-8", (PAGES / "v1.html").read_bytes()),
        "/v2": (200, "text/html", (PAGES / "v2.html").read_bytes()),
        "/latin1": (200, "text/plain; charset=iso-8859-1", "Caf\u00e9 society.".encode("latin-1")),
        "/web/20250203/https://edition.cnn.com/story": (200, "text/html", (PAGES / "v1.html").read_bytes()),
        "/slow": (200, "text/plain", b"late"),
    }
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


class TestURLs:
    def test_pages_over_http(self, server: str) -> None:
        diff = compare(load_article(f"{server}/v1"), load_article(f"{server}/v2"))
        assert diff.old.format == "html" and diff.old.source == f"{server}/v1"
        assert diff.summary.added == 18

    def test_archived_url_is_just_a_url(self, server: str) -> None:
        article = load_article(f"{server}/web/20250203/https://edition.cnn.com/story")
        assert article.paragraphs[0].role is Role.HEADLINE

    def test_declared_charset_is_used(self, server: str) -> None:
        article = load_article(f"{server}/latin1")
        assert article.paragraphs[0].text == "Caf\u00e9 society."
        assert article.encoding == "iso-8859-1"

    def test_http_error(self, server: str) -> None:
        with pytest.raises(LoadError, match=r"answered HTTP 404"):
            load_article(f"{server}/missing")

    def test_timeout(self, server: str) -> None:
        with pytest.raises(LoadError, match=r"did not answer within 0.5 s"):
            load_article(f"{server}/slow", timeout=0.5)

    def test_unreachable(self) -> None:
        with pytest.raises(LoadError, match=r"cannot fetch http://127.0.0.1:9/"):
            load_article("http://127.0.0.1:9/", timeout=2)

    def test_cli_url_error_exits_2(self, server: str) -> None:
        result = CliRunner().invoke(main, [str(CNN / "v1.txt"), f"{server}/missing"])
        assert result.exit_code == 2
        assert result.stderr == f"Error: {server}/missing answered HTTP 404 Not Found\n"
