#!/usr/bin/env python3
"""Adds the user-voice API (features/voice/api.cpp) to docs/openapi.json. Idempotent: run it
again after a merge and it puts the same entries back. Keeps the file's style: indent 2, UTF-8
as it is, a trailing newline."""

from openapi_parts import add_to_spec, errors, ok, ref, operations

READ = (401, 403, 404, 500, 503)


def query_param(name, description, schema):
    return {"name": name, "in": "query", "required": False, "description": description,
            "schema": schema}
WRITE = (400, 401, 403, 404, 413, 500, 503)
TAG = "User voice"
operation = operations(TAG)
DESCRIPTION = ("What staff and patients report through the public form, and what the board "
               "changed.")

SCHEMAS = {
    "VoiceCount": {
        "type": "object",
        "description": "A count as published. A count under 11 responses is suppressed, and so "
                       "is any count that would let a suppressed one be worked out from the "
                       "totals, zeros and other counts shown: then `count` is null, `suppressed` "
                       "true and `reason` says why. The number is never sent, not even as 0.",
        "required": ["count", "suppressed"],
        "properties": {"count": {"type": ["integer", "null"], "minimum": 0},
                       "suppressed": {"type": "boolean"},
                       "reason": {"type": "string",
                                  "enum": ["fewer_than_11", "protects_another"],
                                  "description": "Only when suppressed: `fewer_than_11` for a "
                                                 "count of 1 to 10, `protects_another` for a "
                                                 "count hidden so that a small one cannot be "
                                                 "worked out."}}},
    "VoiceHelp": {
        "type": "object", "required": ["help"],
        "description": "What the public form says about urgent help and the patient advice and "
                       "liaison service (PALS). Written by the organisation; a default until it "
                       "is.",
        "properties": {"help": {"type": "string", "maxLength": 1000}}},
    "VoiceService": {
        "type": "object", "required": ["id", "name"],
        "properties": {"id": {"type": ["integer", "null"],
                              "description": "null for \"something else\""},
                       "name": {"type": "string"}}},
    "VoiceSummary": {
        "type": "object",
        "description": "The last 12 months of user voice. Every breakdown of fewer than 11 "
                       "responses is suppressed, and as many more counts as it takes for each "
                       "suppressed count to keep more than one possible value given every "
                       "total, zero and count shown. No score is given where its count is "
                       "suppressed.",
        "required": ["link", "months", "minimum_responses", "total", "by_month", "by_service",
                     "themes", "reporters"],
        "properties": {
            "link": {"type": "string", "description": "The public form's address."},
            "months": {"type": "array", "items": {"type": "string", "example": "2026-11"}},
            "minimum_responses": {"type": "integer", "example": 11},
            "total": ref("schemas", "VoiceCount"),
            "by_month": {"type": "array", "items": {
                "type": "object",
                "required": ["month", "reports", "fft_answers", "fft_positive_percent",
                             "fft_positive_hidden"],
                "properties": {
                    "month": {"type": "string"},
                    "reports": ref("schemas", "VoiceCount"),
                    "fft_answers": ref("schemas", "VoiceCount"),
                    "fft_positive_percent": {
                        "type": ["number", "null"],
                        "description": "Friends and Family Test: very good and good as a "
                                       "percentage of the answers other than don't know; null "
                                       "when fewer than 11 such answers."},
                    "fft_positive_hidden": {
                        "type": ["string", "null"],
                        "enum": ["fewer_than_11", "protects_another", None],
                        "description": "Why `fft_positive_percent` is null: `fewer_than_11` "
                                       "when there are no answers or either side has 1 to 10, "
                                       "`protects_another` when the month's answers are hidden "
                                       "to protect another count."}}}},
            "by_service": {"type": "array", "items": {
                "type": "object", "required": ["service", "total", "months"],
                "properties": {
                    "service": ref("schemas", "VoiceService"),
                    "total": ref("schemas", "VoiceCount"),
                    "months": {"type": "array", "items": {
                        "type": "object", "required": ["month", "reports"],
                        "properties": {"month": {"type": "string"},
                                       "reports": ref("schemas", "VoiceCount")}}}}}},
            "themes": {"type": "array", "items": {
                "type": "object", "required": ["barrier", "label", "reports"],
                "properties": {"barrier": ref("schemas", "VoiceBarrier"),
                               "label": {"type": "string"},
                               "reports": ref("schemas", "VoiceCount")}}},
            "reporters": {"type": "object", "required": ["staff", "patient"],
                          "properties": {"staff": ref("schemas", "VoiceCount"),
                                         "patient": ref("schemas", "VoiceCount")}}}},
    "VoiceBarrier": {"type": "string",
                     "enum": ["log_in", "slow", "broken", "hard_to_use", "not_accessible",
                              "repeat", "no_access", "other"]},
    "VoiceReport": {
        "type": "object",
        "required": ["id", "received_on", "service", "reporter", "barriers", "what_happened",
                     "how_often", "impact", "fft", "contact"],
        "properties": {
            "id": {"type": "integer"},
            "received_on": {"type": "string", "format": "date",
                            "description": "The day only: no time is kept."},
            "service": ref("schemas", "VoiceService"),
            "reporter": {"type": "string", "enum": ["staff", "patient"]},
            "barriers": {"type": "array", "items": ref("schemas", "VoiceBarrier")},
            "what_happened": {"type": "string"},
            "how_often": {"type": "string",
                          "enum": ["first_time", "sometimes", "often", "every_time"]},
            "impact": {"type": "string", "enum": ["little", "some", "a_lot", "stopped"]},
            "fft": {"type": "string",
                    "enum": ["very_good", "good", "neither", "poor", "very_poor", "dont_know"]},
            "contact": {"type": ["string", "null"],
                        "description": "Only where the person gave it and agreed to be "
                                       "contacted, and only to the secretary."}}},
    "VoiceChange": {
        "type": "object",
        "required": ["id", "heard", "did", "done_on", "published", "created_at", "updated_at"],
        "properties": {"id": {"type": "integer"}, "heard": {"type": "string"},
                       "did": {"type": "string"},
                       "done_on": {"type": "string", "format": "date"},
                       "published": {"type": "boolean"},
                       "created_at": {"type": "string", "format": "date-time"},
                       "updated_at": {"type": "string", "format": "date-time"}}},
    "VoiceChangeInput": {
        "type": "object", "required": ["heard", "did", "done_on"],
        "properties": {"heard": {"type": "string", "maxLength": 1000,
                                 "description": "You said: what staff or patients told the board."},
                       "did": {"type": "string", "maxLength": 1000,
                               "description": "We did: what changed as a result."},
                       "done_on": {"type": "string", "format": "date"},
                       "published": {"type": "boolean", "default": False,
                                     "description": "Shown on the form's public page."}}},
    "VoiceLink": {"type": "object", "required": ["link"],
                  "properties": {"link": {"type": "string"}}},
}


def paths():
    ods = [ref("parameters", "Ods")]
    change = {"name": "change", "in": "path", "required": True,
              "description": "The entry's id.", "schema": {"type": "integer", "minimum": 1}}
    return {
        "/api/v1/orgs/{ods}/voice": {"parameters": ods, "get": operation(
            "getVoiceSummary", "User voice: the last 12 months",
            "Anyone in the organisation. The public link (made on first request) and the "
            "counts, Friends and Family Test score, themes and reporters, suppressed under 11.",
            {**ok(200, "The summary.", ref("schemas", "VoiceSummary")), **errors(*READ)})},
        "/api/v1/orgs/{ods}/voice/reports": {"parameters": ods, "get": operation(
            "listVoiceReports", "User voice: the reports",
            "Board members, the secretary and admins (not viewers). The last 12 months, newest "
            "first; a contact only for the secretary and admins. Each filter is optional, as on "
            "the reports page and its CSV; a filter the list cannot take is a 400 naming it.",
            {**ok(200, "The reports that pass the filters: every one, or one page of 25.",
                  {"type": "array", "items": ref("schemas", "VoiceReport")}),
             **errors(400, *READ)},
            params=[query_param("service", "A service's id, or `other` for something else.",
                                {"type": "string", "pattern": "^([0-9]+|other)$"}),
                    query_param("month", "A month of the last 12 (YYYY-MM).",
                                {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}$"}),
                    query_param("barrier", "What got in the way: one of the barriers' names.",
                                {"type": "string"}),
                    query_param("reporter", "Who reported.",
                                {"type": "string", "enum": ["staff", "patient"]}),
                    query_param("search", "Words to find in what happened, in any case (at "
                                "most 100 characters).", {"type": "string", "maxLength": 100}),
                    query_param("page", "A page of 25, from 1; without it, every report.",
                                {"type": "integer", "minimum": 1})])},
        "/api/v1/orgs/{ods}/voice/link": {"parameters": ods, "post": operation(
            "replaceVoiceLink", "Replace the public form's link",
            "Secretary or admin. The old link, and posters with it, stop working.",
            {**ok(201, "The new link.", ref("schemas", "VoiceLink")), **errors(*WRITE)},
            csrf=True)},
        "/api/v1/orgs/{ods}/voice/help": {"parameters": ods, "get": operation(
            "getVoiceHelp", "Where the public form sends people for help",
            "Anyone in the organisation.",
            {**ok(200, "The text the form shows.", ref("schemas", "VoiceHelp")),
             **errors(*READ)}), "put": operation(
            "setVoiceHelp", "Write where the public form sends people for help",
            "Secretary or admin. Empty text goes back to the default.",
            {**ok(200, "The text the form now shows.", ref("schemas", "VoiceHelp")),
             **errors(*WRITE)},
            body="VoiceHelp", csrf=True)},
        "/api/v1/orgs/{ods}/voice/changes": {"parameters": ods, "get": operation(
            "listVoiceChanges", "You said, we did",
            "Anyone in the organisation. Every entry, published or not, latest done first.",
            {**ok(200, "Every entry.", {"type": "array", "items": ref("schemas", "VoiceChange")}),
             **errors(*READ)}), "post": operation(
            "addVoiceChange", "Add a \"you said, we did\" entry", "Secretary or admin.",
            {**ok(201, "The entry.", ref("schemas", "VoiceChange")), **errors(*WRITE)},
            body="VoiceChangeInput", csrf=True)},
        "/api/v1/orgs/{ods}/voice/changes/{change}": {"parameters": ods + [change],
                                                      "put": operation(
            "updateVoiceChange", "Change or publish a \"you said, we did\" entry",
            "Secretary or admin.",
            {**ok(200, "The entry.", ref("schemas", "VoiceChange")), **errors(*WRITE)},
            body="VoiceChangeInput", csrf=True)},
    }


def main():
    add_to_spec(TAG, DESCRIPTION, SCHEMAS, paths())


if __name__ == "__main__":
    main()
