"""Pictures are opened and decoded when content is checked: each problem Word or
PowerPoint would have with one is an error at the ``image:`` value."""

from __future__ import annotations

from pathlib import Path

import pytest
from contentkit import MANDATE, content, lines
from pictures import SVG, animated_gif, picture, png_declaring

from councilkit.loader import pictures as module
from councilkit.loader.pictures import PictureCheck

BAD = "groups/g/mandate.yaml"
FIGURE = "  - image: images/{name}\n    alt: {{en: A chart, fr: Un graphique}}\n"


def with_picture(root: Path, name: str, data: bytes) -> Path:
    content(root, groups__g__mandate=MANDATE + FIGURE.format(name=name))
    (root / "groups/g/images").mkdir()
    (root / "groups/g/images" / name).write_bytes(data)
    return root


def only_message(root: Path) -> str:
    found = lines(root)
    assert len(found) == 1, found
    prefix = f"{BAD}:9:12: error: "
    assert found[0].startswith(prefix), found
    assert found[0].endswith(" [bad-picture]"), found
    return found[0][len(prefix) : -len(" [bad-picture]")]


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("chart.png", picture("PNG")),
        ("photo.jpg", picture("JPEG")),
        ("photo.jpeg", picture("JPEG", mode="L")),
        ("logo.gif", picture("GIF")),
        ("scan.bmp", picture("BMP")),
    ],
)
def test_pictures_word_and_powerpoint_show_pass(tmp_path: Path, name: str, data: bytes) -> None:
    assert lines(with_picture(tmp_path, name, data)) == []


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        (
            "chart.png",
            picture("PNG")[:60],
            "'images/chart.png' is damaged or incomplete (it cannot be read to the end); "
            "export or copy the picture again",
        ),
        (
            "photo.jpg",
            picture("JPEG", size=(400, 300))[:-200],
            "'images/photo.jpg' is damaged or incomplete (it cannot be read to the end); "
            "export or copy the picture again",
        ),
        ("chart.png", b"", "'images/chart.png' is empty (0 bytes); copy the picture again"),
        (
            "chart.png",
            b"Quarterly figures\n",
            "'images/chart.png' is not a picture (PNG, JPEG, GIF or BMP) even though its name "
            "says so; export it again as PNG",
        ),
        (
            "chart.png",
            png_declaring(0, 5),
            "'images/chart.png' is not a picture (PNG, JPEG, GIF or BMP) even though its name "
            "says so; export it again as PNG",
        ),
        (
            "chart.png",
            SVG,
            "'images/chart.png' is an SVG drawing, which Word and PowerPoint do not both show; "
            "export it as PNG",
        ),
        (
            "chart.svg",
            SVG,
            "'images/chart.svg' is not a picture councilkit can place (use .bmp, .gif, .jpeg, "
            ".jpg, .png); convert it to PNG",
        ),
        (
            "scan.tif",
            picture("TIFF"),
            "'images/scan.tif' is not a picture councilkit can place (use .bmp, .gif, .jpeg, "
            ".jpg, .png); convert it to PNG",
        ),
        (
            "scan.png",
            picture("TIFF"),
            "'images/scan.png' is a TIFF picture, which Word and PowerPoint do not both show; "
            "convert it to PNG (councilkit places PNG, JPEG, GIF or BMP)",
        ),
        (
            "photo.png",
            picture("WEBP"),
            "'images/photo.png' is a WebP picture, which Word and PowerPoint do not both show; "
            "convert it to PNG (councilkit places PNG, JPEG, GIF or BMP)",
        ),
        (
            "photo.jpg",
            b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + bytes(64),
            "'images/photo.jpg' is a HEIC picture, which Word and PowerPoint do not both show; "
            "convert it to PNG (councilkit places PNG, JPEG, GIF or BMP)",
        ),
        (
            "photo.png",
            picture("JPEG"),
            "'images/photo.png' is a JPEG picture, but its name ends with '.png'; rename it "
            "to end with '.jpg'",
        ),
        (
            "spinner.gif",
            animated_gif(),
            "'images/spinner.gif' is animated (2 frames); only its first frame would show on "
            "paper and in PDF: use a still picture (convert it to PNG)",
        ),
        (
            "print.jpg",
            picture("JPEG", mode="CMYK"),
            "'images/print.jpg' has a header Word cannot read (such as a JPEG without a JFIF "
            "or Exif marker, often a CMYK JPEG, or a resolution of zero); convert it to PNG",
        ),
        (
            "big.png",
            png_declaring(7000, 7000),
            "'images/big.png' has too many pixels (7,000 × 7,000), over 40,000,000; shrink it "
            "(a page needs at most about 3000 pixels across)",
        ),
    ],
)
def test_each_problem_is_an_error_at_the_image_value(
    tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    assert only_message(with_picture(tmp_path, name, data)) == message


@pytest.mark.parametrize("side", [10_000, 100_000])
def test_decompression_bombs_are_errors_never_warnings(tmp_path: Path, side: int) -> None:
    # 10,000² passes Pillow's warning threshold (a warning is an error in these tests),
    # 100,000² its error threshold; both files are a few dozen bytes.
    data = png_declaring(side, side)
    assert len(data) < 100
    assert only_message(with_picture(tmp_path, "bomb.png", data)) == (
        "'images/bomb.png' has too many pixels, over 40,000,000; shrink it (a page needs at "
        "most about 3000 pixels across)"
    )


def test_a_picture_over_the_byte_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(module, "MAX_PICTURE_BYTES", 100)
    data = picture("BMP")
    root = with_picture(tmp_path, "scan.bmp", data)
    assert lines(root) == [
        f"{BAD}:9:12: error: 'images/scan.bmp' is {len(data):,} bytes, over the limit of 100; "
        "shrink it, or save it as JPEG [file-too-large]"
    ]


def test_a_picture_is_decoded_once_however_often_it_is_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "chart.png"
    path.write_bytes(picture("PNG"))
    calls: list[Path] = []
    real = module.inspect_picture

    def counting(at: Path, written: str, size: int) -> module.PictureProblem | None:
        calls.append(at)
        return real(at, written, size)

    monkeypatch.setattr(module, "inspect_picture", counting)
    check = PictureCheck()
    assert check.problem(path, "chart.png") is None
    assert check.problem(path, "../chart.png") is None
    assert calls == [path]
    path.write_bytes(picture("PNG")[:60])  # a changed file is read again
    assert check.problem(path, "chart.png") is not None
    assert calls == [path, path]
