"""What the scripts/openapi_<feature>.py scripts share: each adds one feature's routes to
docs/openapi.json, idempotently (run again after a merge, it puts the same entries back), in
the file's own style (indent 2, UTF-8 as it is, a trailing newline)."""

import json
import pathlib

SPEC = pathlib.Path(__file__).resolve().parent.parent / "docs" / "openapi.json"

_RESPONSES = {400: "BadRequest", 401: "Unauthorized", 403: "Forbidden", 404: "NotFound",
              409: "Conflict", 413: "TooLarge", 500: "InternalError", 503: "Unavailable"}


def ref(kind, name):
    return {"$ref": f"#/components/{kind}/{name}"}


def errors(*codes):
    return {str(c): ref("responses", _RESPONSES[c]) for c in codes}


def ok(status, description, schema):
    return {str(status): {"description": description,
                          "content": {"application/json": {"schema": schema}}}}


def query(name, description, schema):
    return {"name": name, "in": "query", "required": False, "description": description,
            "schema": schema}


def operations(tag):
    """The `operation` maker for the routes under `tag`. Its `body` is a schema's name (sent
    as JSON) or a whole `content` object; `params` are query parameters."""
    def operation(op_id, summary, description, responses, body=None, csrf=False, params=None):
        op = {"tags": [tag], "operationId": op_id, "summary": summary,
              "description": description}
        parameters = list(params or []) + ([ref("parameters", "CsrfToken")] if csrf else [])
        if parameters:
            op["parameters"] = parameters
        if body:
            op["requestBody"] = {"required": True, "content": body if isinstance(body, dict) else
                                 {"application/json": {"schema": ref("schemas", body)}}}
        op["responses"] = responses
        return op
    return operation


def add_to_spec(tag, description, schemas, paths, edit=None):
    """Puts the feature's tag, schemas and paths into docs/openapi.json; `edit(spec)` may
    change what the feature adds to another's schema."""
    spec = json.loads(SPEC.read_text(encoding="utf-8"))
    if not any(t["name"] == tag for t in spec["tags"]):
        spec["tags"].append({"name": tag, "description": description})
    if edit:
        edit(spec)
    spec["components"]["schemas"].update(schemas)
    spec["paths"].update(paths)
    SPEC.write_text(json.dumps(spec, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
