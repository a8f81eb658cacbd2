#!/usr/bin/python3
"""Independent side of the interop tests: Apache Avro for Python (python3-avro from Debian).

Reads only the .avsc files of a contracts folder, as a partner's system would, and
  write DIR OUT   writes one single-object encoded vector per schema version (OUT/<Type>-v<N>.bin)
                  plus the datum it encoded as JSON (OUT/<Type>-v<N>.json);
  read DIR IN     decodes every IN/*.bin written by @bz/contracts (writer schema found by
                  fingerprint, resolved to the latest version) and prints {file: datum} as JSON;
  pcf DIR         prints python-avro's own canonical form of every schema with logical types and
                  bz.* attributes removed: python-avro 1.11 keeps {"type":"string"} for a primitive
                  with any extra attribute, where the specification's form is "string".
The Parsing Canonical Form and CRC-64-AVRO are written here from the specification, independently
of the TypeScript code, because python-avro 1.11 has no fingerprint function.
"""
import datetime
import glob
import io
import json
import os
import random
import sys

import avro.io
import avro.schema

MARKER = b"\xc3\x01"
EMPTY = 0xC15D213AA4D7A795
TABLE = []
for i in range(256):
    fp = i
    for _ in range(8):
        fp = (fp >> 1) ^ (EMPTY & -(fp & 1))
    TABLE.append(fp & 0xFFFFFFFFFFFFFFFF)
PRIMITIVES = {"null", "boolean", "int", "long", "float", "double", "bytes", "string"}
EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)


def crc64(data: bytes) -> int:
    fp = EMPTY
    for byte in data:
        fp = (fp >> 8) ^ TABLE[(fp ^ byte) & 0xFF]
    return fp


def pcf(schema, namespace="", seen=None):
    """Parsing Canonical Form per the Avro specification."""
    seen = set() if seen is None else seen
    if isinstance(schema, str):
        if schema in PRIMITIVES:
            return json.dumps(schema)
        return json.dumps(schema if "." in schema or not namespace else namespace + "." + schema)
    if isinstance(schema, list):
        return "[" + ",".join(pcf(s, namespace, seen) for s in schema) + "]"
    kind = schema["type"]
    if isinstance(kind, (dict, list)):
        return pcf(kind, namespace, seen)
    if kind in PRIMITIVES:
        return json.dumps(kind)
    if kind in ("record", "enum", "fixed"):
        ns = schema.get("namespace", namespace)
        name = schema["name"] if "." in schema["name"] or not ns else ns + "." + schema["name"]
        seen.add(name)
        inner = name.rsplit(".", 1)[0] if "." in name else ""
        head = '{"name":%s,"type":%s' % (json.dumps(name), json.dumps(kind))
        if kind == "enum":
            return head + ',"symbols":' + json.dumps(schema["symbols"], separators=(",", ":")) + "}"
        if kind == "fixed":
            return head + ',"size":%d}' % schema["size"]
        fields = ",".join(
            '{"name":%s,"type":%s}' % (json.dumps(f["name"]), pcf(f["type"], inner, seen)) for f in schema["fields"]
        )
        return head + ',"fields":[' + fields + "]}"
    if kind == "array":
        return '{"type":"array","items":' + pcf(schema["items"], namespace, seen) + "}"
    if kind == "map":
        return '{"type":"map","values":' + pcf(schema["values"], namespace, seen) + "}"
    if isinstance(kind, str):
        return pcf(kind, namespace, seen)
    raise ValueError("not a schema: %r" % (schema,))


def catalogue(folder):
    """[(event type, version, schema json, parsed schema)] sorted by type and version."""
    result = []
    for path in sorted(glob.glob(os.path.join(folder, "events", "*", "v*.avsc"))):
        text = open(path, encoding="utf-8").read()
        version = int(os.path.basename(path)[1:-5])
        raw = json.loads(text)
        result.append((raw["name"], version, raw, avro.schema.parse(text)))
    return sorted(result, key=lambda e: (e[0], e[1]))


class Datums:
    """Random datums for a schema JSON, honouring the catalogue's bz.* constraints."""

    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.named = {}

    def make(self, schema, name_hint=""):
        rng = self.rng
        if isinstance(schema, str):
            if schema in PRIMITIVES:
                return self.make({"type": schema}, name_hint)
            return self.make(self.named[schema.rsplit(".", 1)[-1]], name_hint)
        if isinstance(schema, list):
            return None if rng.random() < 0.4 else self.make(schema[1], name_hint)
        kind = schema["type"]
        if isinstance(kind, (dict, list)):
            return self.make(kind, name_hint)
        logical = schema.get("logicalType")
        if logical == "uuid":
            return "%08x-%04x-4%03x-a%03x-%012x" % tuple(rng.getrandbits(b) for b in (32, 16, 12, 12, 48))
        if logical == "timestamp-millis":
            millis = rng.randint(0, 4102444800000)
            return EPOCH + datetime.timedelta(milliseconds=millis)
        if logical == "date":
            return datetime.date(1970, 1, 1) + datetime.timedelta(days=rng.randint(0, 40000))
        if kind == "string":
            if schema.get("bz.pattern") == "^BU[0-9]{8}$":
                return "BU%08d" % rng.randint(0, 99999999)
            if "bz.pattern" in schema:
                raise ValueError("no generator for pattern " + schema["bz.pattern"])
            low = schema.get("bz.minLength", 0)
            high = min(schema.get("bz.maxLength", 30), 30)
            alphabet = "abcXYZ 019-éëü€中😀"
            return "".join(rng.choice(alphabet) for _ in range(rng.randint(max(low, 1), max(high, 1))))
        if kind in ("int", "long"):
            default = 2**31 - 1 if kind == "int" else 2**53 - 1
            return rng.randint(schema.get("bz.min", -default - 1), schema.get("bz.max", default))
        if kind == "double":
            return rng.uniform(schema.get("bz.min", -1e6), schema.get("bz.max", 1e6))
        if kind == "boolean":
            return rng.random() < 0.5
        if kind == "enum":
            self.named[schema["name"]] = schema
            return rng.choice(schema["symbols"])
        if kind == "array":
            low = schema.get("bz.minItems", 0)
            high = min(schema.get("bz.maxItems", 4), 4)
            return [self.make(schema["items"]) for _ in range(rng.randint(low, max(low, high)))]
        if kind == "record":
            self.named[schema["name"]] = schema
            return {f["name"]: self.make(f["type"], f["name"]) for f in schema["fields"]}
        raise ValueError("unsupported type %r" % (kind,))


def to_json(value):
    """The datum in the platform's JSON form: ISO timestamps in UTC with milliseconds and Z."""
    if isinstance(value, datetime.datetime):
        utc = value.astimezone(datetime.timezone.utc)
        return utc.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (utc.microsecond // 1000)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: to_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [to_json(v) for v in value]
    return value


def ward_codes(folder):
    """{buurt code: ward} from shared/ward.avsc, as a partner reads it."""
    ward = json.load(open(os.path.join(folder, "shared", "ward.avsc"), encoding="utf-8"))
    return {code: name for name, code in ward.get("bz.buurtCodes", {}).items()}


def keep_rules(datum, raw, wards):
    """Adjusts a random datum to the cross-field rules its schema documents in bz.rules."""
    for rule in raw.get("bz.rules", {}):
        if rule == "group-size":
            if datum["mode"] == "GROUP" and datum["groupSize"] is None:
                datum["groupSize"] = 2
            if datum["mode"] != "GROUP":
                datum["groupSize"] = None
        elif rule == "financing-required":
            if datum["financingDomain"] is None:
                datum["financingDomain"] = "WMO"
        elif rule == "period-order":
            if datum["periodEnd"] < datum["periodStart"]:
                datum["periodStart"], datum["periodEnd"] = datum["periodEnd"], datum["periodStart"]
        elif rule == "volume-with-unit":
            if (datum["volume"] is None) != (datum["volumeUnit"] is None):
                datum["volume"], datum["volumeUnit"] = None, None
        elif rule == "household-required":
            if datum["household"] is None:
                datum["household"] = datum["subject"]
        elif rule == "referral-id-shape":
            ok = "._:-"
            datum["referralId"] = "".join(c if c.isascii() and (c.isalnum() or c in ok) else "-" for c in datum["referralId"])
        elif rule == "ward-matches-buurt":
            datum["toWard"] = wards.get(datum["buurtCode"], "ELSEWHERE")
        else:
            raise ValueError("no generator for rule " + rule)
    return datum


def write(folder, out):
    os.makedirs(out, exist_ok=True)
    wards = ward_codes(folder)
    for index, (name, version, raw, schema) in enumerate(catalogue(folder)):
        datum = keep_rules(Datums(seed=index).make(raw), raw, wards)
        datum["eventType"], datum["schemaVersion"] = name, version
        body = io.BytesIO()
        avro.io.DatumWriter(schema).write(datum, avro.io.BinaryEncoder(body))
        fingerprint = crc64(pcf(raw).encode("utf-8")).to_bytes(8, "little")
        stem = os.path.join(out, "%s-v%d" % (name, version))
        with open(stem + ".bin", "wb") as f:
            f.write(MARKER + fingerprint + body.getvalue())
        with open(stem + ".json", "w", encoding="utf-8") as f:
            json.dump(to_json(datum), f, ensure_ascii=False)


def read(folder, directory):
    schemas = catalogue(folder)
    by_fingerprint = {crc64(pcf(raw).encode("utf-8")): (name, schema) for name, _, raw, schema in schemas}
    latest = {name: schema for name, _, _, schema in schemas}  # sorted, so the last version wins
    result = {}
    for path in sorted(glob.glob(os.path.join(directory, "*.bin"))):
        data = open(path, "rb").read()
        if data[:2] != MARKER:
            raise ValueError(path + ": no single-object marker")
        name, writer = by_fingerprint[int.from_bytes(data[2:10], "little")]
        decoder = avro.io.BinaryDecoder(io.BytesIO(data[10:]))
        datum = avro.io.DatumReader(writer, latest[name]).read(decoder)
        result[os.path.basename(path)] = to_json(datum)
    json.dump(result, sys.stdout, ensure_ascii=False)


def canonical_forms(folder):
    def strip(schema):
        if isinstance(schema, dict):
            return {k: strip(v) for k, v in schema.items() if k != "logicalType" and not k.startswith("bz.")}
        if isinstance(schema, list):
            return [strip(s) for s in schema]
        return schema

    forms = {}
    for name, version, raw, _ in catalogue(folder):
        forms["%s v%d" % (name, version)] = avro.schema.parse(json.dumps(strip(raw))).canonical_form
    json.dump(forms, sys.stdout)


if __name__ == "__main__":
    command, folder = sys.argv[1], sys.argv[2]
    if command == "write":
        write(folder, sys.argv[3])
    elif command == "read":
        read(folder, sys.argv[3])
    elif command == "pcf":
        canonical_forms(folder)
    else:
        sys.exit("usage: avro_interop.py write|read|pcf CONTRACTS_DIR [DIR]")
