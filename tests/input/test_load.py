"""Load stage: paths, stdin, encodings, newlines, and the inputs it must refuse."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from articlediff.errors import LoadError
from articlediff.input.load import decode_bytes, load_text


def write(tmp_path: Path, data: bytes, name: str = "story.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


class TestDecoding:
    def test_utf8(self, tmp_path: Path) -> None:
        loaded = load_text(write(tmp_path, "“Quote,” he said.".encode()))
        assert loaded.text == "“Quote,” he said."
        assert loaded.encoding == "utf-8"

    def test_utf8_bom_is_dropped(self, tmp_path: Path) -> None:
        loaded = load_text(write(tmp_path, b"\xef\xbb\xbfHello"))
        assert loaded.text == "Hello"

    def test_utf16_with_bom(self, tmp_path: Path) -> None:
        loaded = load_text(write(tmp_path, "Caf\u00e9 “news”".encode("utf-16")))
        assert loaded.text == "Caf\u00e9 “news”"
        assert loaded.encoding.startswith("utf-16")

    def test_windows_1252_smart_quotes_are_detected(self, tmp_path: Path) -> None:
        text = "The minister said \u201cwe will not resign\u201d on Monday, and the party\u2019s leaders agreed. " * 3
        loaded = load_text(write(tmp_path, text.encode("cp1252")))
        assert loaded.text == text
        assert loaded.encoding != "utf-8"

    def test_crlf_and_cr_become_lf(self, tmp_path: Path) -> None:
        assert load_text(write(tmp_path, b"One\r\n\r\nTwo\rThree")).text == "One\n\nTwo\nThree"

    def test_stdin(self) -> None:
        loaded = load_text("-", stdin=io.BytesIO("From a pipe".encode()))
        assert (loaded.source, loaded.text) == ("-", "From a pipe")


class TestRefusals:
    def test_missing(self, tmp_path: Path) -> None:
        with pytest.raises(LoadError, match="does not exist"):
            load_text(tmp_path / "nope.txt")

    def test_directory(self, tmp_path: Path) -> None:
        with pytest.raises(LoadError, match="is a directory"):
            load_text(tmp_path)

    def test_unreadable(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        # Tests may run as root, who can read a chmod 000 file: make open() refuse.
        import articlediff.input.load as load_module

        def refuse(*args: object, **kwargs: object) -> None:
            raise PermissionError(13, "Permission denied")

        path = write(tmp_path, b"secret")
        monkeypatch.setattr(load_module, "open", refuse, raising=False)
        with pytest.raises(LoadError, match="permission denied"):
            load_text(path)

    def test_binary_with_nul_bytes(self, tmp_path: Path) -> None:
        png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10"
        with pytest.raises(LoadError, match="binary"):
            load_text(write(tmp_path, png))

    def test_too_large(self, tmp_path: Path) -> None:
        with pytest.raises(LoadError, match="larger than 10 bytes"):
            load_text(write(tmp_path, b"x" * 11), max_bytes=10)

    def test_error_is_one_line(self, tmp_path: Path) -> None:
        with pytest.raises(LoadError) as info:
            load_text(tmp_path / "missing.txt")
        assert "\n" not in str(info.value)


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Le président a déclaré être prêt à négocier, a-t-il dit à la presse française. "
         "« C’est une étape », a-t-il ajouté.", "cp1252"),
        ("El alcalde de Cádiz dijo que la situación era «muy difícil» y pidió calma a los ciudadanos.", "cp1252"),
        ("The café owner said the crêpes were “the best in town” — and the naïve critic agreed.", "cp1252"),
        ("Café opens.\n\nIt serves crêpes.\n", "cp1252"),
        ("Prezydent powiedział, że rząd przygotuje nową ustawę. „To ważny dzień dla Polski”, dodał minister.",
         "cp1250"),
        ("Premiér řekl, že vláda připraví nový zákon. Šéf opozice to označil za chybu, která poškodí občany.",
         "cp1250"),
        ("Президент заявил, что правительство подготовит новый закон о бюджете на следующий год.", "cp1251"),
    ],
)
def test_legacy_encodings_read_back_as_written(text: str, encoding: str) -> None:
    """Western text in Windows-1252 is not read as Central European cp1250 ("crępes"),
    and text that is cp1250 or cp1251 still reads right."""
    decoded, _ = decode_bytes(text.encode(encoding))
    assert decoded == text


def test_decode_bytes_prefers_strict_utf8() -> None:
    assert decode_bytes("naïve — ok".encode()) == ("naïve — ok", "utf-8")
