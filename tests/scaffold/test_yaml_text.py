"""The ``yaml_text`` filter: any text becomes one YAML line that reads back as itself."""

from __future__ import annotations

import jinja2
import pytest
import yaml

from councilkit.scaffold.yaml_text import YamlText, yaml_text


@pytest.mark.parametrize(
    "value",
    [
        "Data Working Group",
        "{{ 7*7 }}",
        "{% raw %}",
        "'\"",
        "back\\slash",
        "Mandat : groupe # 1",
        "- item",
        "&anchor *alias !tag ? | > % @ `",
        "null",
        "on",
        "1e3",
        "",
        "  padded  ",
        "line\nbreak\ttab\x00\x85\u2028\ufeff",
        "Groupe sur l’accès — été, データ 😀",
    ],
)
def test_reads_back_as_the_value_on_one_line(value: str) -> None:
    written = yaml_text(value)
    assert "\n" not in written
    assert written.startswith('"') and written.endswith('"')
    assert yaml.safe_load(f"key: {written}\nnext: 1\n") == {"key": value, "next": 1}


def test_non_ascii_letters_are_written_as_they_are() -> None:
    assert yaml_text("Groupe de travail sur les données") == '"Groupe de travail sur les données"'


def test_only_strings_are_written() -> None:
    with pytest.raises(TypeError, match="yaml_text writes strings, not int"):
        yaml_text(49)


def test_the_extension_gives_jinja_the_filter_and_the_value_is_not_rendered() -> None:
    environment = jinja2.Environment(extensions=[YamlText])
    template = environment.from_string("name: {{ value | yaml_text }}")
    assert template.render(value="{{ 7*7 }}") == 'name: "{{ 7*7 }}"'
