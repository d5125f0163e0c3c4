"""The visual encoding: a shape per kind of thing, a colour per class.

Shapes say what a node is at a glance (a circle is a person, a diamond a
state, a square an organization, a triangle a place, an upside-down triangle
a port, a hexagon a position, topic or commodity, a star an event); the colour
tells the class within it, and event colours are grouped by family (meetings
blue, aid green, words purple, violence red, diplomatic moves orange).
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Style:
    shape: str
    color: str


SHAPES = ("dot", "diamond", "square", "triangle", "triangleDown", "hexagon", "star")

_STYLES: dict[str, Style] = {
    # actors
    "Person": Style("dot", "#1f77b4"),
    "Group": Style("dot", "#7fb3d5"),
    "Actor": Style("dot", "#5b7083"),
    "State": Style("diamond", "#c9a227"),
    "Organization": Style("square", "#17becf"),
    "Government": Style("square", "#0b7a75"),
    "DeFactoAuthority": Style("square", "#8c510a"),
    "Ministry": Style("square", "#35978f"),
    "ArmedGroup": Style("square", "#67001f"),
    "ArmedForces": Style("square", "#b2182b"),
    "InternationalOrganization": Style("square", "#2166ac"),
    "DiplomaticMission": Style("square", "#762a83"),
    "Delegation": Style("square", "#9970ab"),
    # places
    "Place": Style("triangle", "#7f7f7f"),
    "City": Style("triangle", "#4d4d4d"),
    "Province": Style("triangle", "#969696"),
    "Region": Style("triangle", "#a6a6a6"),
    "Building": Style("triangle", "#3b3b3b"),
    "Port": Style("triangleDown", "#e6550d"),
    # other things
    "Position": Style("hexagon", "#bc80bd"),
    "Topic": Style("hexagon", "#66a61e"),
    "Commodity": Style("hexagon", "#d8a453"),
    # events: meetings and contacts (blue)
    "Event": Style("star", "#8c8c8c"),
    "Meeting": Style("star", "#08519c"),
    "ThirdLocationMeeting": Style("star", "#0099cc"),
    "Visit": Style("star", "#4a6fe3"),
    "PhoneCall": Style("star", "#6baed6"),
    "Conference": Style("star", "#283593"),
    # cooperation and aid (green)
    "AidShipment": Style("star", "#2ca02c"),
    "AidPledge": Style("star", "#74c476"),
    "Pledge": Style("star", "#a1d99b"),
    "Agreement": Style("star", "#006d2c"),
    "DevelopmentProject": Style("star", "#41ab5d"),
    "Inauguration": Style("star", "#00441b"),
    # words (purple)
    "Statement": Style("star", "#6a3d9a"),
    "Condemnation": Style("star", "#9e4fa5"),
    "Accusation": Style("star", "#c51b7d"),
    "Denial": Style("star", "#8073ac"),
    "PressBriefing": Style("star", "#b2abd2"),
    "Request": Style("star", "#de77ae"),
    "Invitation": Style("star", "#f1b6da"),
    # violence (red)
    "MilitaryOperation": Style("star", "#d62728"),
    "Airstrike": Style("star", "#a50f15"),
    "MissileStrike": Style("star", "#ef3b2c"),
    "Attack": Style("star", "#cb181d"),
    "ArmedClash": Style("star", "#fb6a4a"),
    "ArmedConflict": Style("star", "#67000d"),
    # diplomatic moves and changes (orange / brown)
    "Appointment": Style("star", "#fdae6b"),
    "DiplomaticMissionChange": Style("star", "#f16913"),
    "EmbassyReopening": Style("star", "#fd8d3c"),
    "EmbassyClosure": Style("star", "#a63603"),
    "CredentialsAcceptance": Style("star", "#e6ab02"),
    "DiplomaticRecognition": Style("star", "#bf812d"),
    "RefugeeReturn": Style("star", "#8c6d31"),
    "Expulsion": Style("star", "#7f2704"),
    "ChangeOfGovernment": Style("star", "#543005"),
    "MilitaryWithdrawal": Style("star", "#d94801"),
}


def style_for(class_name: str, is_event: bool) -> Style:
    """The style of a class by its local name; unknown classes get a stable colour.

    >>> style_for("Person", False)
    Style(shape='dot', color='#1f77b4')
    >>> style_for("Parade", True).shape
    'star'
    """
    if class_name in _STYLES:
        return _STYLES[class_name]
    digest = hashlib.sha256(class_name.encode("utf-8")).digest()
    color = "#" + "".join(f"{64 + b % 128:02x}" for b in digest[:3])
    return Style("star" if is_event else "dot", color)


def node_size(degree: int) -> float:
    """Radius in pixels, growing with the square root of the number of connections.

    >>> node_size(0), node_size(16)
    (8.0, 24.0)
    """
    return round(min(8.0 + 4.0 * math.sqrt(degree), 40.0), 1)


def label_size(degree: int) -> int:
    """Font size of a node's label: hubs keep a readable label when zoomed out.

    >>> label_size(1), label_size(36)
    (14, 24)
    """
    return int(min(12 + 2 * math.sqrt(degree), 30))


def legend_svg_points(shape: str) -> str:
    """An SVG polygon (points in a 20x20 box) drawing the shape, for the legend."""
    if shape == "diamond":
        return "10,1 19,10 10,19 1,10"
    if shape == "square":
        return "3,3 17,3 17,17 3,17"
    if shape == "triangle":
        return "10,2 19,18 1,18"
    if shape == "triangleDown":
        return "1,2 19,2 10,18"
    if shape == "hexagon":
        return "5,2 15,2 19,10 15,18 5,18 1,10"
    if shape == "star":
        points = []
        for i in range(10):
            radius = 9.0 if i % 2 == 0 else 4.0
            angle = math.pi / 2 + i * math.pi / 5
            points.append(
                f"{10 + radius * math.cos(angle):.1f},{10 - radius * math.sin(angle):.1f}"
            )
        return " ".join(points)
    return ""  # a circle, drawn as <circle>


def network_options(count: int) -> dict[str, Any]:
    """vis-network's options for a view of ``count`` nodes: no physics (the layout is given)."""
    return {
        "autoResize": True,
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False},
        "interaction": {
            "hover": True,
            "tooltipDelay": 120,
            "hideEdgesOnDrag": count > 800,
            "hideEdgesOnZoom": count > 800,
            "keyboard": {"enabled": True, "bindToWindow": False},
        },
        "nodes": {
            "borderWidth": 1,
            "font": {"size": 13, "face": "system-ui,sans-serif", "color": "#222"},
            "scaling": {"label": {"drawThreshold": 7}},
        },
        "edges": {
            "smooth": False,
            "width": 1,
            "color": {"color": "#aab0b8", "highlight": "#333333", "hover": "#555555"},
            "font": {"size": 9, "align": "middle", "color": "#555555", "strokeWidth": 3},
            "arrows": {"to": {"scaleFactor": 0.5}},
            "selectionWidth": 2,
        },
    }
