"""The inspector's form rows: each prop gets the control its type calls for."""

from bubblegum.blocks.registry import BLOCKS
from bubblegum.services.inspector import field_rows


def kinds(block_type: str) -> dict[str, str]:
    return {row["path"]: row["kind"] for row in field_rows(block_type, BLOCKS[block_type].example)}


def test_each_prop_gets_the_control_its_type_calls_for():
    details = kinds("contact_details")
    assert details["subtitle"] == "textarea" and details["address"] == "textarea"
    assert details["map_url"] == "url" and details["tone"] == "select"
    # an email address or phone number is one line, however long it may be
    assert details["email"] == "text" and details["phone"] == "text"


def test_every_example_prop_has_a_row():
    for block_type, block in BLOCKS.items():
        paths = {row["path"] for row in field_rows(block_type, block.example)}
        for name in block.example:
            assert any(path == name or path.startswith(name + ".") for path in paths), (block_type, name)
