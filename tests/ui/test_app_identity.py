"""The program's icon: drawn once as SVG, shipped at every size a desktop or Windows asks for."""
from __future__ import annotations

from PIL import Image

from kehoach_desktop.ui.app_icon import SIZES, app_icon, icon_folder


def test_every_png_size_exists_and_is_that_size():
    for size in SIZES:
        with Image.open(icon_folder() / f"kehoach-{size}.png") as image:
            assert image.size == (size, size)
            assert image.mode == "RGBA"


def test_the_windows_icon_carries_small_and_large_sizes():
    with Image.open(icon_folder() / "kehoach.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])


def test_the_window_icon_offers_a_crisp_title_bar_size(qtbot):
    icon = app_icon()
    assert not icon.isNull()
    assert icon.pixmap(16, 16).width() == 16
    assert len(icon.availableSizes()) == len(SIZES)
