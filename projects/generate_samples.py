#!/usr/bin/env python3
"""Writes the three reference projects shipped in projects/ (standard library only).

    python3 projects/generate_samples.py            # writes next to this script
    python3 projects/generate_samples.py --out DIR  # writes into DIR

The output is deterministic: running the script twice gives byte-identical files, so the
.aifactory files can be regenerated and diffed after a change to this script.

Keys are written in the order of each entity's field table (model/entities/*.cpp), every field
present, with the defaults of model/entities/*.h where a design does not set a value.  Rated
values of equipment (capacity, airflow, fan power, losses, COP, approach ...) are copied from
the catalog entry (resources/catalog/*.json) that the instance references.

Units are SI throughout: metres, W, degC, K, m3/s, Pa, fractions 0..1.
"""

import argparse
import json
import os
from collections import OrderedDict

GENERATOR = "AI Factory Studio 0.1.0"
FORMAT_VERSION = 2

# --------------------------------------------------------------------------------------------
# Field tables: key order and defaults, as in model/entities/*.cpp and *.h.
# --------------------------------------------------------------------------------------------

FIELDS = {
    "site": [("id", "site"), ("name", ""), ("location", ""), ("climate", ""), ("latitudeDeg", 0.0),
             ("longitudeDeg", 0.0), ("elevationM", 0.0), ("gridCarbonGPerKwh", 0.0), ("carbonFreeShare", 0.0),
             ("tariffUsdPerKwh", 0.0), ("usersDistanceM", 0.0)],
    "hall": [("id", None), ("name", ""), ("site", ""), ("widthM", 30.0), ("depthM", 20.0), ("heightM", 4.5),
             ("originXM", 0.0), ("originYM", 0.0), ("floor", "slab"), ("raisedFloorM", 0.0),
             ("ashraeClass", "A1"), ("minAisleWidthM", 1.2)],
    "row": [("id", None), ("name", ""), ("hall", "")],
    "rack": [("id", None), ("name", ""), ("hall", ""), ("row", ""), ("xM", 0.0), ("yM", 0.0),
             ("rotationDeg", 0.0), ("widthM", 0.6), ("depthM", 1.2), ("heightM", 2.2), ("rackType", ""),
             ("system", ""), ("systemCount", 0), ("powerFeedA", ""), ("powerFeedB", ""),
             ("coolingLoop", ""), ("powerBudgetW", 0.0), ("gpuPowerLimitW", 0.0)],
    "airUnit": [("id", None), ("name", ""), ("hall", ""), ("type", "crah"), ("model", ""), ("xM", 0.0),
                ("yM", 0.0), ("rotationDeg", 0.0), ("widthM", 2.5), ("depthM", 1.0), ("capacityW", 150e3),
                ("airflowM3s", 10.0), ("fanPowerW", 5e3), ("supplyTempC", 22.0), ("chilledWaterLoop", ""),
                ("rack", ""), ("failed", False)],
    "containment": [("id", None), ("name", ""), ("hall", ""), ("type", "hot-aisle"), ("rows", []),
                    ("xM", 0.0), ("yM", 0.0), ("widthM", 1.2), ("depthM", 10.0), ("leakageFraction", 0.05)],
    "liquidLoop": [("id", None), ("name", ""), ("hall", ""), ("type", "tcs"), ("fluid", "water"),
                   ("supplyTempC", 30.0), ("designDeltaTK", 10.0), ("waterClass", "W32")],
    "cdu": [("id", None), ("name", ""), ("hall", ""), ("model", ""), ("xM", 0.0), ("yM", 0.0),
            ("rotationDeg", 0.0), ("widthM", 1.2), ("depthM", 1.2), ("primaryLoop", ""), ("secondaryLoop", ""),
            ("capacityW", 1.3e6), ("approachK", 3.0), ("secondaryFlowM3s", 0.03), ("pumpHeadPa", 300e3),
            ("pumpEfficiency", 0.6), ("failed", False)],
    "heatRejection": [("id", None), ("name", ""), ("type", "dry-cooler"), ("model", ""), ("loop", ""),
                      ("units", 1), ("redundantUnits", 0), ("capacityW", 1e6), ("copRated", 0.0),
                      ("approachK", 5.0), ("fanPowerW", 10e3), ("sinkTempC", 30.0)],
    "powerNode": [("id", None), ("name", ""), ("type", "pdu"), ("model", ""), ("upstream", ""), ("hall", ""),
                  ("side", "A"), ("xM", 0.0), ("yM", 0.0), ("rotationDeg", 0.0), ("lengthM", 0.0),
                  ("ratedW", 300e3), ("modules", 1), ("redundantModules", 0), ("outputVoltageV", 415.0),
                  ("mode", "normal"), ("lossC0", 0.0), ("lossC1", 0.0), ("lossC2", 0.0), ("failed", False)],
    "networkDomain": [("id", None), ("name", ""), ("type", "scale-out"), ("technology", ""), ("racks", []),
                      ("bandwidthPerGpuGBps", 50.0), ("oversubscription", 1.0)],
    "switch": [("id", None), ("name", ""), ("hall", ""), ("rack", ""), ("domain", ""), ("tier", "leaf"),
               ("model", ""), ("ports", 64), ("portSpeedGbps", 800.0), ("transceiver", ""), ("powerW", 1500.0),
               ("failed", False)],
    "link": [("id", None), ("name", ""), ("from", ""), ("to", ""), ("count", 1), ("speedGbps", 800.0),
             ("transceiver", ""), ("lengthM", 10.0)],
    "deployment": [("id", None), ("name", ""), ("model", ""), ("racks", []), ("gpus", 0), ("precision", "fp8"),
                   ("tp", 1), ("pp", 1), ("ep", 1), ("dp", 1), ("mode", "offline"), ("engine", "TensorRT-LLM"),
                   ("inputTokens", 1024), ("outputTokens", 256), ("prefillGpus", 0), ("decodeGpus", 0),
                   ("kvHitRate", 0.0), ("ttftLimitS", 2.0), ("tpotLimitS", 0.2), ("utilization", 0.7),
                   ("latencyBudgetS", 0.0)],
    "economics": [("id", "economics"), ("name", ""), ("tariffUsdPerKwh", 0.08), ("demandChargeUsdPerKwMonth", 0.0),
                  ("waterUsdPerM3", 2.0), ("discountRate", 0.08), ("itLifeYears", 5.0), ("facilityLifeYears", 15.0),
                  ("maintenanceFraction", 0.03), ("staffUsdPerYear", 0.0), ("softwareUsdPerYear", 0.0)],
    "scenario": [("id", None), ("name", ""), ("description", ""), ("overrides", [])],
}

SECTIONS = [  # (file key, entity kind); order of projectio.cpp / entitykind.cpp
    ("sites", "site"), ("halls", "hall"), ("rows", "row"), ("racks", "rack"), ("airUnits", "airUnit"),
    ("containments", "containment"), ("liquidLoops", "liquidLoop"), ("cdus", "cdu"),
    ("heatRejection", "heatRejection"), ("powerNodes", "powerNode"), ("networkDomains", "networkDomain"),
    ("switches", "switch"), ("links", "link"), ("deployments", "deployment"), ("economics", "economics"),
    ("scenarios", "scenario"),
]


def rnd(v):
    """Rounds floats to millimetre / milliwatt noise so the output is stable and readable."""
    if isinstance(v, float):
        return round(v, 4)
    return v


def entity(kind, **values):
    known = [k for k, _ in FIELDS[kind]]
    for k in values:
        key = "from" if k == "from_" else k
        if key not in known:
            raise KeyError("%s has no field %r" % (kind, key))
    out = OrderedDict()
    for key, default in FIELDS[kind]:
        v = values.get("from_" if key == "from" else key, default)
        if v is None:
            raise ValueError("%s: %s is required" % (kind, key))
        if isinstance(default, float) and isinstance(v, int) and not isinstance(v, bool):
            v = float(v)
        out[key] = rnd(v) if not isinstance(v, list) else list(v)
    return out


# --------------------------------------------------------------------------------------------
# Catalog: rated values are copied from resources/catalog/*.json.
# --------------------------------------------------------------------------------------------

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATALOG = {}


def load_catalog():
    folder = os.path.join(ROOT, "resources", "catalog")
    for name in sorted(os.listdir(folder)):
        if name.endswith(".json"):
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                for e in json.load(f)["entries"]:
                    CATALOG[e["id"]] = e


def cat(cid):
    return CATALOG[cid]


def loss(cid):
    l = cat(cid).get("loss", {})
    return dict(lossC0=l.get("c0", 0.0), lossC1=l.get("c1", 0.0), lossC2=l.get("c2", 0.0))


def new_project():
    return {kind: [] for _, kind in SECTIONS}


class Project:
    def __init__(self):
        self.items = new_project()
        self.ids = set()
        self.sites = []
        self.economics = None

    def add(self, kind, **values):
        e = entity(kind, **values)
        if e["id"] in self.ids:
            raise ValueError("duplicate id " + e["id"])
        self.ids.add(e["id"])
        self.items[kind].append(e)
        return e

    def to_json(self):
        doc = OrderedDict()
        doc["formatVersion"] = FORMAT_VERSION
        doc["generator"] = GENERATOR
        for key, kind in SECTIONS:
            if kind == "site":
                doc[key] = self.sites
            elif kind == "economics":
                doc[key] = self.economics
            else:
                doc[key] = self.items[kind]
        return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


# --------------------------------------------------------------------------------------------
# Equipment helpers (rated values from the catalog)
# --------------------------------------------------------------------------------------------

def power_node(p, pid, name, ptype, model, upstream, side, **kw):
    c = cat(model) if model else {}
    values = dict(id=pid, name=name, type=ptype, model=model, upstream=upstream, side=side)
    if model:
        values["ratedW"] = float(c.get("moduleW", c["ratedW"]))
        values["outputVoltageV"] = float(c["outputV"])
        values.update(loss(model))
    values.update(kw)
    return p.add("powerNode", **values)


def air_unit(p, uid, name, hall, model, x, y, rot, loop, supply):
    c = cat(model)
    # Footprint in plan: widthM along the unit's face, depthM front-to-back; rotation turns it.
    return p.add("airUnit", id=uid, name=name, hall=hall, type=c["type"], model=model, xM=x, yM=y,
                 rotationDeg=rot, widthM=c["widthM"], depthM=c["depthM"], capacityW=c["capacityW"],
                 airflowM3s=c["airflowM3s"], fanPowerW=c["fanPowerW"], supplyTempC=supply,
                 chilledWaterLoop=loop)


def heat_rejection(p, hid, name, model, loop, units, redundant):
    c = cat(model)
    values = dict(id=hid, name=name, type=c["type"], model=model, loop=loop, units=units,
                  redundantUnits=redundant, capacityW=c["capacityW"])
    if c["type"] == "chiller":
        # The rated COP of an air-cooled chiller (AHRI 550/590) already includes its condenser
        # fans, so no separate fan power is booked; approach is not used for chillers.
        values.update(copRated=c["copRated"], approachK=0.0, fanPowerW=0.0)
    else:
        values.update(approachK=c["approachK"], fanPowerW=c["fanPowerW"])
    return p.add("heatRejection", **values)


def cdu(p, cid, name, hall, x, y, rot, primary, secondary):
    c = cat("cdu-1300kw")
    return p.add("cdu", id=cid, name=name, hall=hall, model="cdu-1300kw", xM=x, yM=y, rotationDeg=rot,
                 widthM=c["widthM"], depthM=c["depthM"], primaryLoop=primary, secondaryLoop=secondary,
                 capacityW=c["capacityW"], approachK=c["approachK"], secondaryFlowM3s=c["secondaryFlowM3s"],
                 pumpHeadPa=c["pumpHeadPa"],
                 # pump power = Q dp / eta: 0.0338 m3/s x 350 kPa / 20 kW (catalog) = 0.59
                 pumpEfficiency=round(c["secondaryFlowM3s"] * c["pumpHeadPa"] / c["pumpPowerW"], 3))


def switch(p, sid, name, hall, rack, domain, tier, model, transceiver):
    c = cat(model)
    return p.add("switch", id=sid, name=name, hall=hall, rack=rack, domain=domain, tier=tier, model=model,
                 ports=c["ports"], portSpeedGbps=c["portSpeedGbps"], transceiver=transceiver,
                 powerW=c["powerW"])


def row_letter(i):
    return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[i]


# --------------------------------------------------------------------------------------------
# 1 MW air-cooled HGX H100 hall, Ashburn VA
# --------------------------------------------------------------------------------------------

def build_1mw():
    p = Project()
    # Grid intensity: eGRID2023 SRVC (Virginia/Carolina) output emission rate, 269.2 g/kWh.
    p.sites = [entity("site", id="site", name="Ashburn reference site", location="Ashburn, VA, USA",
                      climate="ashburn-va", latitudeDeg=39.0438, longitudeDeg=-77.4874, elevationM=90.0,
                      gridCarbonGPerKwh=269.2)]
    p.economics = entity("economics", id="economics", name="Economics", tariffUsdPerKwh=0.08,
                         demandChargeUsdPerKwMonth=12.0, waterUsdPerM3=2.5, discountRate=0.08,
                         itLifeYears=5.0, facilityLifeYears=15.0, maintenanceFraction=0.03,
                         staffUsdPerYear=600000.0, softwareUsdPerYear=250000.0)

    gpu_rack = cat("rack-48u-800x1200")   # 40 kW air design limit: 3 x 10.2 kW fits, 42U/30 kW would not
    net_rack = cat("rack-42u-600x1200")
    server = cat("hgx-h100-8gpu")
    rows, per_row, servers = 4, 10, 3

    # Plan (x across the hall width, y along its depth):
    #   x: west CRAH gallery 0.9 m | 3.3 m clearance | row: 10 GPU racks x 0.8 m + network rack 0.6 m
    #      | 3.3 m clearance | east CRAH gallery 0.9 m
    #   y: 3.0 m cold aisle (wall) | A (faces -y) | 1.2 m hot aisle | B (faces +y) | 2.4 m cold aisle
    #      | C (faces -y) | 1.2 m hot aisle | D (faces +y) | 2.4 m cold aisle | 1.2 m PDU strip
    crah_d = cat("crah-150kw")["depthM"]
    x0 = crah_d + 3.3
    row_len = per_row * gpu_rack["widthM"] + net_rack["widthM"]
    width = round(2 * (crah_d + 3.3) + row_len, 1)
    depth_r = gpu_rack["depthM"]
    hot, cold_mid, cold_wall, cold_north, pdu_strip = 1.2, 2.4, 3.0, 2.4, 1.2
    ys, y = [], cold_wall
    for r in range(rows):
        ys.append(y + depth_r / 2)
        y += depth_r
        if r % 2 == 0:
            y += hot
        elif r != rows - 1:
            y += cold_mid
    depth = round(y + cold_north + pdu_strip, 1)

    hall = "hall-1"
    p.add("hall", id=hall, name="Data hall 1", widthM=width, depthM=depth, heightM=5.0, floor="slab",
          raisedFloorM=0.0, ashraeClass="A1", minAisleWidthM=1.2)

    # Power: 2N. Utility A/B -> 2.5 MVA MV/LV transformer -> 1.5 MW modular double-conversion UPS
    # (6 x 300 kW modules, N+1 = 1.5 MW) -> 8 x 300 kVA PDUs per side, 5 racks per PDU pair.
    it_nameplate = rows * per_row * servers * server["maxPowerW"]
    for s in "AB":
        power_node(p, "utility-" + s, "Utility feed " + s, "utility", "", "", s, ratedW=5e6, modules=1,
                   outputVoltageV=13800.0)
        power_node(p, "tx-" + s, "MV/LV transformer " + s, "transformer", "transformer-2500kva-doe2016",
                   "utility-" + s, s)
        ups = power_node(p, "ups-" + s, "UPS " + s + " (5+1 x 300 kW)", "ups", "ups-1200kw-dc", "tx-" + s, s,
                         modules=6, redundantModules=1, mode="normal")
        assert ups["ratedW"] * (ups["modules"] - ups["redundantModules"]) >= it_nameplate + 4 * 15000.0
    pdus_per_row = 2
    pdu_w = 0.8
    for s_i, s in enumerate("AB"):
        for k in range(rows * pdus_per_row):
            # PDU strip along the north wall, A and B PDUs alternating, centred on the rows.
            idx = 2 * k + s_i
            x = x0 + (row_len - 16 * pdu_w) / 2 + (idx + 0.5) * pdu_w
            power_node(p, "pdu-%s%d" % (s, k + 1), "PDU %s%d" % (s, k + 1), "pdu", "pdu-300kva", "ups-" + s, s,
                       hall=hall, xM=x, yM=depth - pdu_strip / 2, rotationDeg=0.0)
    assert it_nameplate / (rows * pdus_per_row) <= cat("pdu-300kva")["ratedW"]

    gpu_racks = []
    net_racks = []
    for r in range(rows):
        L = row_letter(r)
        rid = "row-" + L
        p.add("row", id=rid, name="Row " + L, hall=hall)
        rot = 0.0 if r % 2 == 0 else 180.0
        for i in range(per_row):
            pdu_k = r * pdus_per_row + i // (per_row // pdus_per_row) + 1
            rk = p.add("rack", id="rack-%s%02d" % (L, i + 1), name="%s%02d" % (L, i + 1), hall=hall, row=rid,
                       xM=x0 + (i + 0.5) * gpu_rack["widthM"], yM=ys[r], rotationDeg=rot,
                       widthM=gpu_rack["widthM"], depthM=gpu_rack["depthM"], heightM=gpu_rack["heightM"],
                       rackType="rack-48u-800x1200", system="hgx-h100-8gpu", systemCount=servers,
                       powerFeedA="pdu-A%d" % pdu_k, powerFeedB="pdu-B%d" % pdu_k,
                       powerBudgetW=servers * server["maxPowerW"])
            gpu_racks.append(rk)
        nr = p.add("rack", id="rack-%s-net" % L, name="%s network" % L, hall=hall, row=rid,
                   xM=x0 + per_row * gpu_rack["widthM"] + net_rack["widthM"] / 2, yM=ys[r], rotationDeg=rot,
                   widthM=net_rack["widthM"], depthM=net_rack["depthM"], heightM=net_rack["heightM"],
                   rackType="rack-42u-600x1200", powerFeedA="pdu-A%d" % ((r + 1) * pdus_per_row),
                   powerFeedB="pdu-B%d" % ((r + 1) * pdus_per_row), powerBudgetW=15000.0)
        net_racks.append(nr)

    # Cooling: chilled water 16 degC (W17) from air-cooled chillers, 10 x 150 kW CRAHs.
    # Heat: 1.224 MW nameplate / ~1.01 MW measured + network ~40 kW; 9 CRAHs carry the nameplate,
    # 10 installed = N+1 at nameplate, N+3 at the measured peak.
    p.add("liquidLoop", id="chw-1", name="Chilled water", hall="", type="chilled-water", fluid="water",
          supplyTempC=16.0, designDeltaTK=8.0, waterClass="W17")
    crahs_per_wall = 5
    pitch = 3.0
    y_start = (depth - pdu_strip) / 2 - pitch * (crahs_per_wall - 1) / 2
    n = 0
    for wall, x, rot in (("west", crah_d / 2, 90.0), ("east", width - crah_d / 2, 270.0)):
        for k in range(crahs_per_wall):
            n += 1
            air_unit(p, "crah-%d" % n, "CRAH %d (%s wall)" % (n, wall), hall, "crah-150kw", x,
                     y_start + k * pitch, rot, "chw-1", 24.0)
    crah = cat("crah-150kw")
    assert (n - 1) * crah["capacityW"] >= it_nameplate + 4 * 15000.0            # N+1 at nameplate
    assert (n - 1) * crah["airflowM3s"] >= rows * per_row * servers * server["airflowM3sAtMax"]
    # Chillers: IT 1.22 MW + CRAH fans 70 kW + lights/losses -> ~1.35 MW; 2 x 1 MW carry it, 3 = N+1.
    heat_rejection(p, "chiller-1", "Air-cooled chillers", "chiller-air-1mw", "chw-1", 3, 1)

    # Hot-aisle containment over the two hot aisles (A|B and C|D), ceiling return to the CRAHs.
    for k in range(rows // 2):
        a, b = row_letter(2 * k), row_letter(2 * k + 1)
        yc = (ys[2 * k] + ys[2 * k + 1]) / 2
        p.add("containment", id="hac-%d" % (k + 1), name="Hot aisle %s|%s" % (a, b), hall=hall, type="hot-aisle",
              rows=["row-" + a, "row-" + b], xM=x0 + row_len / 2, yM=yc, widthM=row_len, depthM=hot,
              leakageFraction=0.05)

    # Network: Spectrum-X Ethernet, 400 Gb/s per GPU, rail-style two-tier non-blocking fabric.
    # Per row 4 leaves (SN5600, 64 x 800G): 30 ports down (10 racks x 3 twin-port 800G = 60 GPUs),
    # 32 up (4 to each of 8 spines); 8 spines x 64 ports = 16 leaves x 4 links.
    p.add("networkDomain", id="fabric-1", name="Scale-out fabric (Spectrum-X)", type="scale-out",
          technology="Ethernet (Spectrum-X), 400 Gb/s per GPU", racks=[r["id"] for r in gpu_racks],
          bandwidthPerGpuGBps=50.0, oversubscription=1.0)
    p.add("networkDomain", id="nvlink-hgx", name="NVLink 4 (8 GPUs per server)", type="scale-up",
          technology="NVLink4", racks=[r["id"] for r in gpu_racks], bandwidthPerGpuGBps=900.0,
          oversubscription=1.0)
    leaves_per_row, spines = 4, 8
    for r in range(rows):
        L = row_letter(r)
        for k in range(leaves_per_row):
            switch(p, "leaf-%s%d" % (L, k + 1), "Leaf %s%d" % (L, k + 1), hall, "rack-%s-net" % L, "fabric-1",
                   "leaf", "spectrum-x-sn5600", "osfp-800g-2xdr4")
    for k in range(spines):
        L = row_letter(k // 2)
        switch(p, "spine-%d" % (k + 1), "Spine %d" % (k + 1), hall, "rack-%s-net" % L, "fabric-1", "spine",
               "spectrum-x-sn5600", "osfp-800g-2xdr4")
    for r in range(rows):
        L = row_letter(r)
        for i in range(per_row):
            rid = "rack-%s%02d" % (L, i + 1)
            for k in range(leaves_per_row):
                p.add("link", id="lk-%s%02d-L%d" % (L, i + 1, k + 1), name="", from_=rid,
                      to="leaf-%s%d" % (L, k + 1), count=3, speedGbps=800.0, transceiver="osfp-800g-2xdr4",
                      lengthM=round((per_row - i) * gpu_rack["widthM"] + 3.0, 1))
    for r in range(rows):
        L = row_letter(r)
        for k in range(leaves_per_row):
            for s in range(spines):
                sr = s // 2
                p.add("link", id="lk-leaf-%s%d-spine-%d" % (L, k + 1, s + 1), name="",
                      from_="leaf-%s%d" % (L, k + 1), to="spine-%d" % (s + 1), count=4, speedGbps=800.0,
                      transceiver="osfp-800g-2xdr4", lengthM=round(abs(ys[r] - ys[sr]) + 6.0, 1))

    # Deployments: rows A-B serve Llama 3.1 70B (server), rows C-D run Llama 2 70B offline (MLPerf-like).
    ab = [r["id"] for r in gpu_racks if r["row"] in ("row-A", "row-B")]
    cd = [r["id"] for r in gpu_racks if r["row"] in ("row-C", "row-D")]
    g = 8 * servers
    p.add("deployment", id="dep-llama31-70b", name="Llama 3.1 70B chat (server)", model="llama-3.1-70b",
          racks=ab, gpus=len(ab) * g, precision="fp8", tp=4, pp=1, ep=1, dp=len(ab) * g // 4, mode="server",
          engine="TensorRT-LLM", inputTokens=2048, outputTokens=256, ttftLimitS=2.0, tpotLimitS=0.1,
          utilization=0.6)
    p.add("deployment", id="dep-llama2-70b", name="Llama 2 70B offline (MLPerf-like)", model="llama-2-70b",
          racks=cd, gpus=len(cd) * g, precision="fp8", tp=2, pp=1, ep=1, dp=len(cd) * g // 2, mode="offline",
          engine="TensorRT-LLM", inputTokens=1024, outputTokens=290, ttftLimitS=2.0, tpotLimitS=0.2,
          utilization=0.8)

    p.add("scenario", id="scn-ups-a-failed", name="UPS A failed",
          description="Side A UPS out of service: side B carries the whole IT load (2N check).",
          overrides=[{"entity": "ups-A", "property": "failed", "value": True}])
    p.add("scenario", id="scn-crah-1-failed", name="CRAH-1 failed",
          description="One CRAH out of service (N+1 check).",
          overrides=[{"entity": "crah-1", "property": "failed", "value": True}])
    p.add("scenario", id="scn-tariff-012", name="Tariff 0.12 USD/kWh",
          description="Electricity price up 50 %.",
          overrides=[{"entity": "economics", "property": "tariffUsdPerKwh", "value": 0.12}])
    return p


# --------------------------------------------------------------------------------------------
# GB200 NVL72 liquid-cooled hall (10 MW design; also the building block of the campus)
# --------------------------------------------------------------------------------------------

NVL_ROWS, NVL_PER_ROW = 10, 8          # 80 racks per hall
NVL_HOT, NVL_COLD_MID, NVL_COLD_WALL = 1.2, 1.8, 2.4


def nvl_hall_geometry():
    rack = cat("rack-nvl72")
    net = cat("rack-48u-800x1200")
    fw = cat("fanwall-400kw")
    cdu_c = cat("cdu-1300kw")
    g = {}
    g["fw_depth"] = fw["depthM"]
    g["x_row0"] = fw["depthM"] + 3.0                       # fan-wall gallery + 3 m clearance
    g["row_len"] = 2 * net["widthM"] + NVL_PER_ROW * rack["widthM"]
    g["x_cdu"] = g["x_row0"] + g["row_len"] + 1.2 + cdu_c["depthM"] / 2
    g["width"] = round(g["x_cdu"] + cdu_c["depthM"] / 2 + 3.0 + fw["depthM"], 1)
    ys, y = [], NVL_COLD_WALL
    for r in range(NVL_ROWS):
        ys.append(y + rack["depthM"] / 2)
        y += rack["depthM"]
        if r % 2 == 0:
            y += NVL_HOT
        elif r != NVL_ROWS - 1:
            y += NVL_COLD_MID
    g["ys"] = ys
    g["depth"] = round(y + NVL_COLD_WALL, 1)
    return g


def build_nvl_hall(p, hx, hall_name, origin, pfx, power_style, fac_loop, fac_hall, site_sources,
                   cores_per_group, scaleup_per_rack):
    """Adds one 80-rack GB200 NVL72 hall; pfx makes ids unique per hall ('' or 'H01-')."""
    rack_c = cat("rack-nvl72")
    net_c = cat("rack-48u-800x1200")
    sysc = cat("gb200-nvl72")
    geo = nvl_hall_geometry()
    hall = "hall-" + hx
    p.add("hall", id=hall, name=hall_name, widthM=geo["width"], depthM=geo["depth"], heightM=6.0,
          originXM=origin[0], originYM=origin[1], floor="slab", raisedFloorM=0.0, ashraeClass="A2",
          minAisleWidthM=1.2)

    # ---- liquid loops ----------------------------------------------------------------------
    if fac_hall:   # campus: one facility loop per hall
        fac_fluid = "pg25"
        p.add("liquidLoop", id=fac_loop, name="Facility water " + hall_name, hall=hall, type="facility",
              fluid=fac_fluid, supplyTempC=30.0, designDeltaTK=10.0, waterClass="W32")
    chw = "chw-" + pfx + "1" if pfx else "chw-1"
    p.add("liquidLoop", id=chw, name="Chilled water (air side) " + hall_name, hall=hall, type="chilled-water",
          fluid="water", supplyTempC=18.0, designDeltaTK=8.0, waterClass="W27")
    pairs = NVL_ROWS // 2
    for k in range(pairs):
        a, b = row_letter(2 * k), row_letter(2 * k + 1)
        # TCS: facility 30 degC + CDU approach 4 K = 34 degC supply; 1.5 L/min/kW -> ~10 K rise.
        p.add("liquidLoop", id="tcs-%s%d" % (pfx, k + 1), name="TCS rows %s-%s" % (a, b), hall=hall, type="tcs",
              fluid="pg25", supplyTempC=34.0, designDeltaTK=10.0, waterClass="W32")

    # ---- power: 2N, A and B sides ---------------------------------------------------------------
    # Per side and pair of rows: 2.5 MVA transformer -> 800 VDC rectifier plant (4 x 1 MW, N+1 = 3 MW),
    # or a 2 MW-module SST (3 modules, N+1 = 4 MW); then one 2 MW busway per row and four 33 kW
    # 800 V/50 V power shelves per rack and side (8 per rack, as in the catalog system).
    # Network racks are AC: auxiliary transformer -> one 300 kVA PDU per pair of rows and side.
    ps_c = cat("powershelf-dc-800v-50v")
    shelves_per_side = 4
    assert shelves_per_side * ps_c["ratedW"] >= sysc["maxPowerW"]
    pair_w = 2 * NVL_PER_ROW * sysc["maxPowerW"]
    for s in "AB":
        src = site_sources[s]
        for k in range(pairs):
            tag = "%s%s%d" % (pfx, s, k + 1)
            if power_style == "rectifier":
                tx = power_node(p, "tx-" + tag, "Transformer %s%d" % (s, k + 1), "transformer",
                                "transformer-2500kva-doe2016", src, s)
                assert pair_w / 0.97 <= tx["ratedW"]
                rect = power_node(p, "rect-" + tag, "800 VDC rectifiers %s%d (3+1 x 1 MW)" % (s, k + 1),
                                  "rectifier", "rectifier-800vdc-1mw", tx["id"], s, modules=4, redundantModules=1)
                dc = rect
            else:
                dc = power_node(p, "sst-" + tag, "SST %s%d (2+1 x 2 MW)" % (s, k + 1), "sst", "sst-2mw-800vdc",
                                src, s, modules=3, redundantModules=1)
            assert pair_w <= dc["ratedW"] * (dc["modules"] - dc["redundantModules"])
            for r in (2 * k, 2 * k + 1):
                L = row_letter(r)
                power_node(p, "bw-%s%s-%s" % (pfx, L, s), "800 VDC busway row %s side %s" % (L, s), "busway",
                           "busway-800vdc-2500a", dc["id"], s, hall=hall, xM=geo["x_row0"] + geo["row_len"] / 2,
                           yM=geo["ys"][r] + (-0.25 if s == "A" else 0.25), rotationDeg=0.0,
                           lengthM=round(geo["row_len"], 1))
        aux = power_node(p, "tx-%s%s-aux" % (pfx, s), "Aux transformer %s (network, AC loads)" % s,
                         "transformer", "transformer-2500kva-doe2016", src, s)
        for k in range(pairs):   # in the electrical room beside the hall, one per pair of rows
            power_node(p, "pdu-%snet-%s%d" % (pfx, s, k + 1), "Network PDU %s%d" % (s, k + 1), "pdu", "pdu-300kva",
                       aux["id"], s)

    # ---- rows, racks, power shelves -----------------------------------------------------------
    gpu_racks, rows = [], []
    for r in range(NVL_ROWS):
        L = row_letter(r)
        rid = "row-%s%s" % (pfx, L)
        rows.append(rid)
        p.add("row", id=rid, name="Row " + L, hall=hall)
        rot = 0.0 if r % 2 == 0 else 180.0
        y = geo["ys"][r]
        loop = "tcs-%s%d" % (pfx, r // 2 + 1)
        net_pdu = r // 2 + 1
        # Network racks (1.2 m deep) stand flush with the NVL72 racks (1.068 m) on the hot-aisle side.
        y_net = y + (rack_c["depthM"] - net_c["depthM"]) / 2 * (1 if rot == 0.0 else -1)
        for end, xc, budget in (("leaf", geo["x_row0"] + net_c["widthM"] / 2, 32000.0),
                                ("spine", geo["x_row0"] + geo["row_len"] - net_c["widthM"] / 2, 55000.0)):
            p.add("rack", id="rack-%s%s-%s" % (pfx, L, end), name="%s %s network" % (L, end), hall=hall, row=rid,
                  xM=xc, yM=y_net, rotationDeg=rot, widthM=net_c["widthM"], depthM=net_c["depthM"],
                  heightM=net_c["heightM"], rackType="rack-48u-800x1200",
                  powerFeedA="pdu-%snet-A%d" % (pfx, net_pdu), powerFeedB="pdu-%snet-B%d" % (pfx, net_pdu),
                  powerBudgetW=budget)
        for i in range(NVL_PER_ROW):
            rk_id = "rack-%s%s%02d" % (pfx, L, i + 1)
            x = geo["x_row0"] + net_c["widthM"] + (i + 0.5) * rack_c["widthM"]
            for s in "AB":
                power_node(p, "ps-%s%s%02d-%s" % (pfx, L, i + 1, s), "Shelves %s%02d %s" % (L, i + 1, s), "powershelf", "powershelf-dc-800v-50v",
                           "bw-%s%s-%s" % (pfx, L, s), s, hall=hall, xM=x, yM=y, rotationDeg=rot,
                           modules=shelves_per_side)
            rk = p.add("rack", id=rk_id, name="%s%02d" % (L, i + 1), hall=hall, row=rid, xM=x, yM=y,
                       rotationDeg=rot, widthM=rack_c["widthM"], depthM=rack_c["depthM"], heightM=rack_c["heightM"],
                       rackType="rack-nvl72", system="gb200-nvl72", systemCount=1,
                       powerFeedA="ps-%s%s%02d-A" % (pfx, L, i + 1), powerFeedB="ps-%s%s%02d-B" % (pfx, L, i + 1),
                       coolingLoop=loop, powerBudgetW=sysc["maxPowerW"])
            gpu_racks.append(rk)

    # ---- CDUs: 3 x 1.35 MW per pair of rows (liquid 16 x 132 kW x 0.85 = 1.8 MW: N = 2, N+1 = 3) ---
    cdu_c = cat("cdu-1300kw")
    for k in range(pairs):
        yc = (geo["ys"][2 * k] + geo["ys"][2 * k + 1]) / 2
        liquid = 2 * NVL_PER_ROW * sysc["maxPowerW"] * sysc["liquidHeatFraction"]
        assert liquid <= 2 * cdu_c["capacityW"]
        for j in range(3):
            cdu(p, "cdu-%s%d" % (pfx, 3 * k + j + 1), "CDU %d (TCS %d)" % (3 * k + j + 1, k + 1), hall,
                geo["x_cdu"], yc + (j - 1) * cdu_c["widthM"], 90.0, fac_loop, "tcs-%s%d" % (pfx, k + 1))

    # ---- air side: fan walls on chilled water (15 % of rack heat + network racks) ------------------
    # 80 x 132 kW x 0.15 = 1.58 MW + network racks <= 0.54 MW ~ 2.1 MW: N = 6 x 400 kW, 8 installed (N+2).
    fw = cat("fanwall-400kw")
    per_wall = 4
    pitch = fw["widthM"] + 0.8
    y0 = geo["depth"] / 2 - pitch * (per_wall - 1) / 2
    n = 0
    for wall, x, rot in (("west", fw["depthM"] / 2, 90.0), ("east", geo["width"] - fw["depthM"] / 2, 270.0)):
        for k in range(per_wall):
            n += 1
            air_unit(p, "fanwall-%s%d" % (pfx, n), "Fan wall %d (%s)" % (n, wall), hall, "fanwall-400kw", x,
                     y0 + k * pitch, rot, chw, 25.0)
    air_heat = NVL_ROWS * (NVL_PER_ROW * sysc["maxPowerW"] * (1 - sysc["liquidHeatFraction"]) + 22000.0 + 37000.0)
    assert (n - 2) * fw["capacityW"] >= air_heat                                  # N+2
    # Air-side chillers: 2.1 MW + fan heat 0.13 MW -> 3 x 1 MW + 1 redundant.
    heat_rejection(p, "chiller-%schw" % pfx, "Air-side chillers (%s)" % hall_name, "chiller-air-1mw", chw, 4, 1)

    # ---- hot-aisle containment -------------------------------------------------------------------
    for k in range(pairs):
        a, b = row_letter(2 * k), row_letter(2 * k + 1)
        p.add("containment", id="hac-%s%d" % (pfx, k + 1), name="Hot aisle %s|%s" % (a, b), hall=hall,
              type="hot-aisle", rows=["row-%s%s" % (pfx, a), "row-%s%s" % (pfx, b)],
              xM=geo["x_row0"] + geo["row_len"] / 2, yM=(geo["ys"][2 * k] + geo["ys"][2 * k + 1]) / 2,
              widthM=geo["row_len"], depthM=NVL_HOT, leakageFraction=0.05)

    # ---- network --------------------------------------------------------------------------------
    # Quantum-X800 InfiniBand, 400 Gb/s per GPU. Each row is one 576-GPU pod: 4 leaves (one per two
    # racks: 72 x 800G down = 144 GPUs, 72 x 800G up) and 4 pod spines (18 links from each leaf;
    # 72 down, 72 up). With with_core, spine j of every pod connects to core group j (6 cores,
    # 12 links each: 10 pods x 12 = 120 of 144 ports) -> non-blocking across the hall.
    fab = "fabric-" + (pfx + "1" if pfx else "1")
    p.add("networkDomain", id=fab, name="Scale-out fabric " + hall_name, type="scale-out",
          technology="InfiniBand XDR (Quantum-X800), 400 Gb/s per GPU", racks=[r["id"] for r in gpu_racks],
          bandwidthPerGpuGBps=50.0, oversubscription=6.0 / cores_per_group)
    if scaleup_per_rack:
        for rk in gpu_racks:
            p.add("networkDomain", id="nvl-" + rk["id"][len("rack-"):], name="NVL72 " + rk["name"],
                  type="scale-up", technology="NVLink5", racks=[rk["id"]], bandwidthPerGpuGBps=1800.0,
                  oversubscription=1.0)
    else:   # one entity for the hall: each listed rack is its own 72-GPU NVLink domain
        p.add("networkDomain", id="nvl-%s1" % pfx, name="NVL72 domains " + hall_name + " (one per rack)",
              type="scale-up", technology="NVLink5 (NVL72, 72 GPUs per rack)", racks=[r["id"] for r in gpu_racks],
              bandwidthPerGpuGBps=1800.0, oversubscription=1.0)
    groups = 4
    cores_per_rack = -(-groups * cores_per_group // NVL_ROWS)
    with_core = cores_per_group > 0
    for r in range(NVL_ROWS):
        L = row_letter(r)
        for k in range(4):
            switch(p, "leaf-%s%s%d" % (pfx, L, k + 1), "", hall, "rack-%s%s-leaf" % (pfx, L), fab, "leaf",
                   "quantum-x800-q3400", "osfp-1600g-2xdr4")
        for k in range(4):
            switch(p, "spine-%s%s%d" % (pfx, L, k + 1), "", hall, "rack-%s%s-spine" % (pfx, L), fab, "spine",
                   "quantum-x800-q3400", "osfp-1600g-2xdr4")
    if with_core:
        for gi in range(groups):
            for c in range(cores_per_group):
                idx = gi * cores_per_group + c          # in the spine racks, from row A on
                L = row_letter(idx // cores_per_rack)
                switch(p, "core-%s%d-%d" % (pfx, gi + 1, c + 1), "", hall, "rack-%s%s-spine" % (pfx, L), fab,
                       "core", "quantum-x800-q3400", "osfp-1600g-2xdr4")
    for r in range(NVL_ROWS):
        L = row_letter(r)
        for i in range(NVL_PER_ROW):
            p.add("link", id="lk-%s%s%02d" % (pfx, L, i + 1), name="", from_="rack-%s%s%02d" % (pfx, L, i + 1),
                  to="leaf-%s%s%d" % (pfx, L, i // 2 + 1), count=36, speedGbps=800.0,
                  transceiver="osfp-800g-2xdr4", lengthM=round((i + 1) * rack_c["widthM"] + 3.0, 1))
        for a in range(4):
            for b in range(4):
                p.add("link", id="lk-%s%s-L%dS%d" % (pfx, L, a + 1, b + 1), name="",
                      from_="leaf-%s%s%d" % (pfx, L, a + 1), to="spine-%s%s%d" % (pfx, L, b + 1), count=18,
                      speedGbps=800.0, transceiver="osfp-1600g-2xdr4", lengthM=round(geo["row_len"] + 4.0, 1))
    if with_core:
        for r in range(NVL_ROWS):
            L = row_letter(r)
            for gi in range(groups):
                for c in range(cores_per_group):
                    idx = gi * cores_per_group + c
                    cr = idx // cores_per_rack
                    p.add("link", id="lk-%s%s-S%d-C%d" % (pfx, L, gi + 1, c + 1), name="",
                          from_="spine-%s%s%d" % (pfx, L, gi + 1), to="core-%s%d-%d" % (pfx, gi + 1, c + 1),
                          count=12, speedGbps=800.0, transceiver="osfp-1600g-2xdr4",
                          lengthM=round(abs(geo["ys"][r] - geo["ys"][cr]) + 6.0, 1))
    return dict(hall=hall, racks=[r["id"] for r in gpu_racks], rows=rows, chw=chw)


def facility_heat_rejection(p, pfx, fac_loop, hall_name, halls):
    """Dry coolers (N+1) plus a chiller trim bank on the W32 facility loop of `halls` NVL72 halls."""
    sysc = cat("gb200-nvl72")
    cdu_c = cat("cdu-1300kw")
    liquid = halls * NVL_ROWS * NVL_PER_ROW * sysc["maxPowerW"] * sysc["liquidHeatFraction"]
    pumps = halls * 3 * (NVL_ROWS // 2) * cdu_c["pumpPowerW"] * 2 / 3   # 2 of 3 CDUs running
    need = liquid + pumps
    dc = cat("dry-cooler-1mw")
    n = -(-int(need) // int(dc["capacityW"]))
    heat_rejection(p, "dc-%s1" % pfx, "Dry coolers (%s)" % hall_name, "dry-cooler-1mw", fac_loop, n + 1, 1)
    return need


# --------------------------------------------------------------------------------------------
# 10 MW GB200 NVL72 hall, Phoenix AZ
# --------------------------------------------------------------------------------------------

def build_10mw():
    p = Project()
    # Grid intensity: eGRID2023 AZNM (WECC Southwest) output emission rate, 319.2 g/kWh.
    p.sites = [entity("site", id="site", name="Phoenix reference site", location="Phoenix, AZ, USA",
                      climate="phoenix-az", latitudeDeg=33.4484, longitudeDeg=-112.074, elevationM=331.0,
                      gridCarbonGPerKwh=319.2)]
    p.economics = entity("economics", id="economics", name="Economics", tariffUsdPerKwh=0.075,
                         demandChargeUsdPerKwMonth=15.0, waterUsdPerM3=3.0, discountRate=0.08, itLifeYears=5.0,
                         facilityLifeYears=15.0, maintenanceFraction=0.03, staffUsdPerYear=2500000.0,
                         softwareUsdPerYear=1500000.0)
    for s in "AB":
        power_node(p, "utility-" + s, "Utility MV feed " + s, "utility", "", "", s, ratedW=15e6,
                   outputVoltageV=13800.0)
    # Facility water: site-wide W32 loop (30 degC supply, 40 degC return), water (no freezing in Phoenix).
    p.add("liquidLoop", id="facility-1", name="Facility water (W32)", hall="", type="facility", fluid="water",
          supplyTempC=30.0, designDeltaTK=10.0, waterClass="W32")
    info = build_nvl_hall(p, "1", "Data hall 1", (0.0, 0.0), "", "rectifier", "facility-1", False,
                          {"A": "utility-A", "B": "utility-B"}, 6, True)
    # Trim chillers in series after the dry coolers: above ~22 degC dry bulb the dry coolers (8 K
    # approach) cannot hold 30 degC; on the Phoenix design day (~46 degC) the chillers carry the whole
    # 9.2 MW, so the trim bank is 10 x 1 MW + 1 redundant (part load or off most of the year).
    need = facility_heat_rejection(p, "", "facility-1", "facility water", 1)
    n = -(-int(need) // int(cat("chiller-air-1mw")["capacityW"]))
    heat_rejection(p, "chiller-trim-1", "Trim chillers (facility water)", "chiller-air-1mw", "facility-1", n + 1, 1)

    racks = info["racks"]
    ds = racks[:48]          # rows A-F: DeepSeek-V3, prefill/decode split 1:2
    big = racks[48:]         # rows G-J: Llama 3.1 405B
    p.add("deployment", id="dep-deepseek-v3", name="DeepSeek-V3 (disaggregated prefill/decode)",
          model="deepseek-v3", racks=ds, gpus=72 * len(ds), precision="fp8", tp=1, pp=1, ep=72, dp=72 * len(ds),
          mode="server", engine="SGLang", inputTokens=4096, outputTokens=1024, prefillGpus=72 * 16,
          decodeGpus=72 * 32, kvHitRate=0.56, ttftLimitS=2.0, tpotLimitS=0.05, utilization=0.7)
    p.add("deployment", id="dep-llama31-405b", name="Llama 3.1 405B (server)", model="llama-3.1-405b",
          racks=big, gpus=72 * len(big), precision="fp8", tp=8, pp=1, ep=1, dp=72 * len(big) // 8, mode="server",
          engine="TensorRT-LLM", inputTokens=2048, outputTokens=256, ttftLimitS=6.0, tpotLimitS=0.175,
          utilization=0.6)

    p.add("scenario", id="scn-cdu-failed", name="CDU-1 failed",
          description="One CDU of TCS loop 1 out of service (N+1 check).",
          overrides=[{"entity": "cdu-1", "property": "failed", "value": True}])
    p.add("scenario", id="scn-side-a-lost", name="Utility A lost",
          description="Side A utility feed lost: side B carries the whole hall (2N check).",
          overrides=[{"entity": "utility-A", "property": "failed", "value": True}])
    p.add("scenario", id="scn-rect-a1-failed", name="Rectifier plant A1 failed",
          description="Rectifier plant A1 out of service: rows A-B run on side B.",
          overrides=[{"entity": "rect-A1", "property": "failed", "value": True}])
    p.add("scenario", id="scn-tariff-010", name="Tariff 0.10 USD/kWh",
          description="Summer peak-heavy tariff.",
          overrides=[{"entity": "economics", "property": "tariffUsdPerKwh", "value": 0.10}])
    return p


# --------------------------------------------------------------------------------------------
# 100 MW campus: 10 NVL72 halls, Lulea (Sweden)
# --------------------------------------------------------------------------------------------

CAMPUS_HALLS = 10


def build_campus():
    p = Project()
    # Grid intensity: Sweden's 2023 generation mix (Ember), 40.7 g/kWh.
    p.sites = [entity("site", id="site", name="Nordic campus", location="Luleå, Norrbotten, Sweden",
                      climate="lulea-se", latitudeDeg=65.5848, longitudeDeg=22.1547, elevationM=15.0,
                      gridCarbonGPerKwh=40.7)]
    p.economics = entity("economics", id="economics", name="Economics", tariffUsdPerKwh=0.05,
                         demandChargeUsdPerKwMonth=6.0, waterUsdPerM3=1.5, discountRate=0.07, itLifeYears=5.0,
                         facilityLifeYears=20.0, maintenanceFraction=0.03, staffUsdPerYear=12000000.0,
                         softwareUsdPerYear=8000000.0)
    # Campus substation: two 130 kV-fed MV buses (A/B), each able to carry the whole campus.
    for s in "AB":
        power_node(p, "utility-" + s, "Campus substation bus " + s, "utility", "", "", s, ratedW=130e6,
                   outputVoltageV=13800.0)
    geo = nvl_hall_geometry()
    all_racks = []
    for h in range(CAMPUS_HALLS):
        hx = "H%02d" % (h + 1)
        pfx = hx + "-"
        origin = ((h % 5) * (geo["width"] + 20.0), (h // 5) * (geo["depth"] + 40.0))
        fac = "facility-" + hx
        info = build_nvl_hall(p, hx, "Hall %d" % (h + 1), origin, pfx, "sst", fac, True,
                              {"A": "utility-A", "B": "utility-B"}, 3, False)
        facility_heat_rejection(p, pfx, fac, "hall %d" % (h + 1), 1)
        # Lulea: the dry coolers (8 K approach) hold 30 degC below ~22 degC dry bulb, i.e. nearly all
        # year; at a ~27 degC summer peak they still take the return from 40 to 35 degC, so the trim
        # chillers carry half the 9.2 MW: 5 x 1 MW + 1 redundant.
        heat_rejection(p, "chiller-%strim" % pfx, "Trim chillers hall %d" % (h + 1), "chiller-air-1mw", fac, 6, 1)
        all_racks.append(info["racks"])

    inf = [r for hr in all_racks[:5] for r in hr]     # halls 1-5: DeepSeek-V3 serving
    trn = [r for hr in all_racks[5:] for r in hr]     # halls 6-10: Llama 3.1 405B training
    p.add("deployment", id="dep-deepseek-v3", name="DeepSeek-V3 (disaggregated prefill/decode)",
          model="deepseek-v3", racks=inf, gpus=72 * len(inf), precision="fp8", tp=1, pp=1, ep=72,
          dp=72 * len(inf), mode="server", engine="SGLang", inputTokens=4096, outputTokens=1024,
          prefillGpus=72 * len(inf) // 3, decodeGpus=72 * len(inf) * 2 // 3, kvHitRate=0.56, ttftLimitS=2.0,
          tpotLimitS=0.05, utilization=0.7)
    p.add("deployment", id="dep-llama31-405b-train", name="Llama 3.1 405B training", model="llama-3.1-405b",
          racks=trn, gpus=72 * len(trn), precision="bf16", tp=8, pp=8, ep=1, dp=72 * len(trn) // 64,
          mode="training", engine="Megatron-LM", inputTokens=8192, outputTokens=1, ttftLimitS=2.0,
          tpotLimitS=0.2, utilization=0.9)

    p.add("scenario", id="scn-cdu-failed", name="CDU H01-1 failed",
          description="One CDU of hall 1, TCS loop 1 out of service (N+1 check).",
          overrides=[{"entity": "cdu-H01-1", "property": "failed", "value": True}])
    p.add("scenario", id="scn-bus-a-lost", name="Substation bus A lost",
          description="Campus side A lost: every hall runs on side B (2N check).",
          overrides=[{"entity": "utility-A", "property": "failed", "value": True}])
    p.add("scenario", id="scn-tariff-008", name="Tariff 0.08 USD/kWh",
          description="Nordic spot price spike.",
          overrides=[{"entity": "economics", "property": "tariffUsdPerKwh", "value": 0.08}])
    return p


# --------------------------------------------------------------------------------------------
# Two sites: inference near its users (Frankfurt), training at a cheap, low-carbon site (Luleå)
# --------------------------------------------------------------------------------------------

def renamed(items, prefix):
    """The entities of one project with every id, and every reference to one, prefixed."""
    ids = {e["id"] for kind in items for e in items[kind]}

    def ref(v):
        if isinstance(v, str) and v in ids:
            return prefix + v
        if isinstance(v, list):
            return [ref(x) for x in v]
        return v

    out = {}
    for kind, entities in items.items():
        out[kind] = []
        for e in entities:
            e2 = OrderedDict((k, ref(v)) for k, v in e.items())
            out[kind].append(e2)
    return out


def build_twosite():
    near = build_1mw()
    far = build_1mw()
    p = Project()
    # Grid intensities: Ember yearly electricity data 2023 (Germany 380.95, Sweden 40.7 gCO2/kWh), as
    # copied by thegreenwebfoundation/co2.js data/output/average-intensities.json. Tariffs are design
    # inputs (assumed): 0.12 USD/kWh in Frankfurt, 0.05 in Luleå (the 100 MW sample's). The Frankfurt
    # hall's users are 50 km away; from Luleå they would be an assumed 2,300 km fibre route away.
    p.sites = [entity("site", id="site-frankfurt", name="Frankfurt inference", location="Frankfurt am Main, Germany",
                      climate="frankfurt-de", latitudeDeg=50.1109, longitudeDeg=8.6821, elevationM=112.0,
                      gridCarbonGPerKwh=380.95, tariffUsdPerKwh=0.12, usersDistanceM=50e3),
               entity("site", id="site-lulea", name="Luleå training", location="Luleå, Norrbotten, Sweden",
                      climate="lulea-se", latitudeDeg=65.5848, longitudeDeg=22.1547, elevationM=15.0,
                      gridCarbonGPerKwh=40.7, tariffUsdPerKwh=0.05, usersDistanceM=2300e3)]
    p.economics = OrderedDict(near.economics)
    p.economics["staffUsdPerYear"] = 2 * near.economics["staffUsdPerYear"]
    p.economics["softwareUsdPerYear"] = 2 * near.economics["softwareUsdPerYear"]
    far_items = renamed(far.items, "lu-")
    for _, kind in SECTIONS:
        if kind in ("site", "economics"):
            continue
        here = [OrderedDict(e) for e in near.items[kind]] if kind != "scenario" else []
        there = far_items[kind] if kind not in ("deployment", "scenario") else []
        for e in here:
            if kind == "hall":
                e["site"] = "site-frankfurt"
                e["name"] = "Hall 1"
            if kind == "deployment" and e["mode"] == "server":
                e["latencyBudgetS"] = 0.02   # interactive chat: a 20 ms network round trip (design input)
        for e in there:
            if kind == "hall":
                e["site"] = "site-lulea"
                e["name"] = "Hall 1"
                # North of it on the campus plan: the plan fits both with room for the captions.
                e["originYM"] = e["originYM"] + e["depthM"] + 15.0
        for e in here + there:
            p.ids.add(e["id"])
        p.items[kind] = here + there
    gpu_racks = ["lu-" + r for d in near.items["deployment"] for r in d["racks"]]
    p.add("deployment", id="dep-llama31-70b-train", name="Llama 3.1 70B training (Luleå)", model="llama-3.1-70b",
          racks=gpu_racks, gpus=8 * 3 * len(gpu_racks), precision="bf16", tp=8, pp=1, ep=1,
          dp=3 * len(gpu_racks), mode="training", engine="Megatron-LM", inputTokens=8192, outputTokens=1,
          ttftLimitS=2.0, tpotLimitS=0.2, utilization=0.9)
    # Scale-across: 4 x 400G between the sites (checkpoints and data sets, not gradients), over an
    # assumed 2,300 km fibre route.
    p.add("link", id="link-frankfurt-lulea", name="Scale-across Frankfurt - Luleå", from_="site-frankfurt",
          to="site-lulea", count=4, speedGbps=400.0, lengthM=2.3e6)
    p.add("scenario", id="scn-tariff-lulea-008", name="Luleå tariff 0.08 USD/kWh",
          description="Nordic price spike at the training site.",
          overrides=[{"entity": "site-lulea", "property": "tariffUsdPerKwh", "value": 0.08}])
    p.add("scenario", id="scn-ppa-frankfurt", name="Frankfurt PPA 80 %",
          description="A carbon-free PPA covering 80 % of the Frankfurt site's consumption.",
          overrides=[{"entity": "site-frankfurt", "property": "carbonFreeShare", "value": 0.8}])
    return p


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()
    load_catalog()
    for name, build in (("reference-1mw-h100-air.aifactory", build_1mw),
                        ("reference-10mw-gb200-liquid.aifactory", build_10mw),
                        ("reference-100mw-campus.aifactory", build_campus),
                        ("two-site-inference-training.aifactory", build_twosite)):
        text = build().to_json()
        path = os.path.join(args.out, name)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        print("%s: %d bytes" % (path, len(text.encode("utf-8"))))


if __name__ == "__main__":
    main()
