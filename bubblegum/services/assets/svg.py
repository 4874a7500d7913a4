"""A strict allowlist sanitiser for uploaded SVG.

Parsed with defusedxml (DTDs, entities and external references are refused), then
every element and attribute must be on an allowlist. What can run code or fetch
something is refused outright with a message rather than silently cut: scripts, event
attributes (``on*``), ``foreignObject``, animation elements (``set`` can rewrite an
href), ``image``/``feImage``, links, and any ``href`` or CSS ``url()`` that is not a
same-document ``#fragment``. Editor metadata (Inkscape, Sodipodi, Illustrator,
``<metadata>``) is dropped. Comments and processing instructions do not survive the
parse. The output is re-serialised from the tree, never copied from the input.

Serve the result with ``SVG_HEADERS``: even a clean file is sandboxed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from xml.etree import ElementTree as ET

import defusedxml
from defusedxml.ElementTree import fromstring

from bubblegum.services.assets.svg_css import check_css
from bubblegum.services.assets.validation import AssetRejected
from bubblegum.services.storage import SVG_CSP

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
XML_NS = "http://www.w3.org/XML/1998/namespace"
DROPPED_NAMESPACES = (
    "http://www.inkscape.org/namespaces/inkscape",
    "http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd",
    "http://ns.adobe.com/", "http://www.bohemiancoding.com/sketch/ns",
    "http://purl.org/dc/elements/1.1/", "http://creativecommons.org/ns#",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
)
SVG_HEADERS = {
    "Content-Type": "image/svg+xml",
    "Content-Security-Policy": SVG_CSP,
    "X-Content-Type-Options": "nosniff",
}
MAX_ELEMENTS = 20_000

ELEMENTS = frozenset("""
svg g defs symbol use title desc style path rect circle ellipse line polyline polygon text tspan
textPath linearGradient radialGradient stop clipPath mask pattern marker filter feBlend
feColorMatrix feComponentTransfer feComposite feConvolveMatrix feDiffuseLighting
feDisplacementMap feDistantLight feDropShadow feFlood feFuncA feFuncB feFuncG feFuncR
feGaussianBlur feMerge feMergeNode feMorphology feOffset fePointLight feSpecularLighting
feSpotLight feTile feTurbulence
""".split())
REFUSED = {
    "script": "scripts", "foreignObject": "foreignObject (embedded HTML)", "iframe": "embedded frames",
    "image": "embedded or linked images", "feImage": "embedded or linked images", "a": "links",
    "set": "animation", "animate": "animation", "animateMotion": "animation",
    "animateTransform": "animation", "handler": "scripts", "listener": "scripts",
}
ATTRIBUTES = frozenset("""
id class style lang transform viewBox preserveAspectRatio width height x y x1 y1 x2 y2 cx cy r rx ry
d points pathLength fill fill-opacity fill-rule stroke stroke-width stroke-linecap
stroke-linejoin stroke-miterlimit stroke-dasharray stroke-dashoffset stroke-opacity opacity
color display visibility overflow clip-path clip-rule clipPathUnits mask maskUnits
maskContentUnits filter filterUnits primitiveUnits gradientUnits gradientTransform
spreadMethod offset stop-color stop-opacity fx fy fr patternUnits patternContentUnits
patternTransform markerWidth markerHeight markerUnits refX refY orient marker-start marker-mid
marker-end font-family font-size font-weight font-style font-variant text-anchor
dominant-baseline alignment-baseline baseline-shift letter-spacing word-spacing text-decoration
dx dy rotate textLength lengthAdjust startOffset method spacing href version baseProfile
in in2 result mode type values operator k1 k2 k3 k4 stdDeviation edgeMode dx dy
flood-color flood-opacity lighting-color scale xChannelSelector yChannelSelector
radius kernelMatrix order divisor bias targetX targetY preserveAlpha surfaceScale
diffuseConstant specularConstant specularExponent azimuth elevation z pointsAtX pointsAtY
pointsAtZ limitingConeAngle baseFrequency numOctaves seed stitchTiles tableValues slope
intercept amplitude exponent color-interpolation color-interpolation-filters shape-rendering
text-rendering image-rendering vector-effect paint-order mix-blend-mode isolation
enable-background space media title
""".split())


@dataclass(frozen=True)
class SanitizedSvg:
    data: bytes
    width: int | None
    height: int | None


def _local(name: str) -> tuple[str, str]:
    if name.startswith("{"):
        ns, _, local = name[1:].partition("}")
        return ns, local
    return "", name


def _check_attribute(tag: str, name: str, value: str) -> bool:
    """True to keep, False to drop (editor metadata); raises for anything hostile."""
    ns, local = _local(name)
    if local.lower().startswith("on"):
        raise AssetRejected(f"The SVG has an event handler attribute ({local}); scripts are not allowed.")
    if ns.startswith(DROPPED_NAMESPACES):
        return False
    if ns not in ("", XLINK_NS, XML_NS) or (ns == XLINK_NS and local != "href") \
            or (ns == XML_NS and local not in ("space", "lang")) or (ns == "" and local not in ATTRIBUTES):
        raise AssetRejected(f"The SVG has an attribute that is not allowed: {local!r} on <{tag}>.")
    lowered = re.sub(r"[\s\x00-\x1f]", "", value).lower()
    if "javascript:" in lowered or "vbscript:" in lowered or "data:" in lowered:
        raise AssetRejected("The SVG has a script or data URL in an attribute.")
    if local == "href" and not value.strip().startswith("#"):
        raise AssetRejected("The SVG links to an external resource (href outside the file).")
    check_css(value, f"the {local} attribute")
    return True


def _clean(element: ET.Element, count: list[int]) -> None:
    count[0] += 1
    if count[0] > MAX_ELEMENTS:
        raise AssetRejected("The SVG has too many elements.")
    ns, tag = _local(element.tag)
    if tag in REFUSED:
        raise AssetRejected(f"The SVG contains {REFUSED[tag]}, which are not allowed.")
    if ns != SVG_NS or tag not in ELEMENTS:
        raise AssetRejected(f"The SVG has an element that is not allowed: <{tag}>.")
    for name, value in list(element.attrib.items()):
        if not _check_attribute(tag, name, value):
            del element.attrib[name]
    if tag == "style":
        if len(element):
            raise AssetRejected("The SVG has markup inside a <style> element.")
        check_css(element.text or "", "a <style> element")
    for child in list(element):
        child_ns, child_tag = _local(child.tag)
        if child_tag == "metadata" or child_ns.startswith(DROPPED_NAMESPACES):
            element.remove(child)
            continue
        _clean(child, count)


def _length(value: str | None) -> int | None:
    match = re.fullmatch(r"\s*([0-9]*\.?[0-9]+)\s*(px)?\s*", value or "")
    return max(1, round(float(match.group(1)))) if match else None


def sanitize_svg(data: bytes) -> SanitizedSvg:
    """Return a clean re-serialised SVG, or raise AssetRejected saying what was wrong."""
    try:
        root = fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except defusedxml.DTDForbidden:
        raise AssetRejected("The SVG declares a DTD, which is not allowed.") from None
    except (defusedxml.EntitiesForbidden, defusedxml.ExternalReferenceForbidden):
        raise AssetRejected("The SVG declares entities or external references, which are not allowed.") from None
    except (ET.ParseError, ValueError, UnicodeDecodeError):
        raise AssetRejected("The SVG is not well-formed XML.") from None
    if root.tag != f"{{{SVG_NS}}}svg":
        raise AssetRejected("This is not an SVG image (the root must be <svg> in the SVG namespace).")
    _clean(root, [0])
    width, height = _length(root.get("width")), _length(root.get("height"))
    box = (root.get("viewBox") or "").replace(",", " ").split()
    if (width is None or height is None) and len(box) == 4:
        try:
            width, height = width or max(1, round(float(box[2]))), height or max(1, round(float(box[3])))
        except ValueError:
            pass
    ET.register_namespace("", SVG_NS)
    ET.register_namespace("xlink", XLINK_NS)
    return SanitizedSvg(ET.tostring(root, encoding="UTF-8", xml_declaration=True), width, height)
