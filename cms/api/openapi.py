"""The OpenAPI 3.1 document of the API (/api/v2/openapi.json), its docs page and the API index.

Parameters come from the endpoints' declared filters and order fields, so they cannot drift; item
schemas are written here, block schemas are generated from the StreamBlocks (cms.api.block_schemas),
and the test suite tries every operation and parameter of the document against the live API
(tests/api/test_openapi.py). Schemas are closed (additionalProperties: false): a new field fails
the tests until it is described here.
"""

import json

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from cms.api.batch import content_language_codes


def nullable(schema):
    schema = dict(schema)
    kind = schema.get("type")
    if kind:
        schema["type"] = [kind, "null"] if isinstance(kind, str) else [*kind, "null"]
        return schema
    return {"anyOf": [schema, {"type": "null"}]}


def ref(name):
    return {"$ref": f"#/components/schemas/{name}"}


def obj(properties, required=(), description=None):
    schema = {"type": "object", "properties": properties, "required": list(required), "additionalProperties": False}
    if description:
        schema["description"] = description
    return schema


STRING, INTEGER, BOOLEAN = {"type": "string"}, {"type": "integer"}, {"type": "boolean"}
URL = {"type": "string", "format": "uri"}
DATE = {"type": "string", "format": "date"}
DATETIME = {"type": "string", "format": "date-time"}
LOCALE = {"type": "string", "description": "A content language code, e.g. en or es."}


def array(items):
    return {"type": "array", "items": items}


def page_meta(extra=None):
    properties = {
        "type": STRING,
        "detail_url": URL,
        "html_url": nullable(URL),
        "slug": STRING,
        "first_published_at": nullable(DATETIME),
        "last_published_at": nullable(DATETIME),
        "locale": LOCALE,
        "translations": array(ref("Translation")),
    }
    properties.update(extra or {})
    return obj(properties, ["type", "detail_url"])


def page_item(name, fields, meta=None, description=None):
    return obj({"id": INTEGER, "meta": meta or ref("PageMeta"), "title": STRING, **fields}, ["id", "meta"],
               description)


def listing(item):
    return obj({"meta": obj({"total_count": INTEGER}, ["total_count"]), "items": array(ref(item))},
               ["meta", "items"])


SCHEMAS = {
    "Error": obj({"message": STRING}, ["message"], "Every error: 400 bad parameter, 404, 405, 429."),
    "Translation": obj(
        {"locale": LOCALE, "id": INTEGER, "detail_url": URL, "html_url": nullable(URL)},
        ["locale", "id", "detail_url", "html_url"],
        "Another live translation of the item.",
    ),
    "PageMeta": page_meta(),
    "GenericPageMeta": page_meta({
        "seo_title": STRING, "search_description": STRING, "show_in_menus": BOOLEAN,
    }),
    "Choice": obj({"value": STRING, "label": STRING}, ["value", "label"],
                  "A fixed choice: `value` is what filters take, `label` is in the reader's language."),
    "Country": obj({"code": STRING, "name": STRING}, ["code", "name"], "ISO 3166 code and localised name."),
    "Rendition": obj({"width": INTEGER, "height": INTEGER, "url": URL}, ["width", "height", "url"]),
    "Image": obj(
        {"id": INTEGER, "title": STRING, "alt": STRING, "width": INTEGER, "height": INTEGER, "url": URL,
         "srcset": STRING, "renditions": array(ref("Rendition"))},
        ["id", "alt", "url", "srcset", "renditions"],
        "An image as webp renditions (widths 480-1600, never upscaled) ready for srcset, with alt text.",
    ),
    "Document": obj({"id": INTEGER, "title": STRING, "url": URL, "file_type": STRING, "size": nullable(INTEGER)},
                    ["id", "url", "file_type", "size"], "A document: download URL, type and size in bytes."),
    "PageRef": obj({"id": INTEGER, "title": STRING, "locale": LOCALE, "detail_url": URL, "html_url": nullable(URL)},
                   ["id", "title", "locale", "detail_url", "html_url"],
                   "A related page, in the reader's language when a live translation exists."),
    "TopicRef": obj({"id": INTEGER, "name": STRING, "slug": STRING, "locale": LOCALE, "detail_url": URL},
                    ["id", "name", "slug", "locale", "detail_url"]),
    "OrganisationRef": obj(
        {"id": INTEGER, "name": STRING, "pillar": ref("Choice"), "website": nullable(URL), "locale": LOCALE,
         "detail_url": URL},
        ["id", "name", "pillar", "locale", "detail_url"],
    ),
    "LanguageVersion": obj(
        {"language": STRING, "language_name": STRING, "title": nullable(STRING), "url": URL,
         "file_type": nullable(STRING), "size": nullable(INTEGER), "document_id": nullable(INTEGER)},
        ["language", "language_name", "url"],
    ),
    "Release": page_item("Release", {
        "publication_date": DATE, "kind": ref("Choice"), "dateline": STRING, "summary": STRING,
        "featured_image": nullable(ref("Image")), "topics": array(ref("TopicRef")),
        "working_groups": array(ref("PageRef")), "resources": array(ref("PageRef")),
    }, description="A news release (`body` in the detail view only)."),
    "WorkingGroup": page_item("WorkingGroup", {
        "summary": STRING, "featured_image": nullable(ref("Image")), "country": ref("Country"), "scope": STRING,
        "group_type": ref("Choice"),
        "status": ref("Choice"), "launch_date": nullable(DATE), "launch_year": nullable(INTEGER),
        "convenor": nullable(ref("OrganisationRef")), "supporting_governments": array(ref("OrganisationRef")),
        "participants": array(ref("OrganisationRef")), "companies_count": nullable(INTEGER),
        "government_count": nullable(INTEGER), "civil_society_count": nullable(INTEGER),
        "meeting_rhythm": STRING, "contact_name": STRING,
        "contact_email": STRING, "data_note": STRING, "resources": array(ref("PageRef")),
    }, description="A working-group profile (`activities` in the detail view only)."),
    "Resource": page_item("Resource", {
        "summary": STRING, "resource_type": ref("Choice"), "publication_date": nullable(DATE),
        "topics": array(ref("TopicRef")), "cover_image": nullable(ref("Image")),
        "language_versions": array(ref("LanguageVersion")),
    }, description="A resource with one file or link per language version."),
    "Page": {**obj({"id": INTEGER, "meta": ref("GenericPageMeta"), "title": STRING}, ["id", "meta"],
                   "Any page. With `type=`, `fields=` may add the fields of that type (as in the typed "
                   "endpoints); detail views add them."), "additionalProperties": True},
    "PageDetail": {"type": "object", "required": ["id", "meta"],
                   "properties": {"id": INTEGER, "meta": ref("GenericPageMeta"), "title": STRING},
                   "description": "A page with its type's own fields."},
    "Topic": obj({"id": INTEGER, "meta": ref("SnippetMeta"), "name": STRING, "slug": STRING,
                  "description": STRING}, ["id", "meta", "name", "slug"]),
    "Organisation": obj({"id": INTEGER, "meta": ref("SnippetMeta"), "name": STRING, "pillar": ref("Choice"),
                         "website": nullable(URL), "logo": nullable(ref("Image"))}, ["id", "meta", "name", "pillar"]),
    "SnippetMeta": obj({"type": STRING, "detail_url": URL, "locale": LOCALE,
                        "translations": array(ref("Translation"))}, ["type", "detail_url"]),
    "Locale": obj({"id": INTEGER, "meta": obj({"type": STRING, "detail_url": URL}), "code": STRING,
                   "name": STRING, "is_default": BOOLEAN, "home": nullable(ref("PageRef"))},
                  ["id", "meta", "code", "name", "is_default"]),
    "ImageItem": obj({"id": INTEGER, "meta": obj({"type": STRING, "detail_url": URL, "tags": array(STRING),
                                                  "download_url": STRING}),
                      "title": STRING, "width": INTEGER, "height": INTEGER, "description": STRING,
                      "renditions": ref("Image")}, ["id", "meta"]),
    "DocumentItem": obj({"id": INTEGER, "meta": obj({"type": STRING, "detail_url": URL, "tags": array(STRING),
                                                     "download_url": URL}),
                         "title": STRING, "file": obj({"file_type": STRING, "size": nullable(INTEGER)})},
                        ["id", "meta"]),
}
SCHEMAS["Change"] = obj(
    {"cursor": {"type": "string", "pattern": "^[0-9]+$"},
     "action": {"type": "string", "enum": ["published", "updated", "unpublished", "deleted"]},
     "id": {**INTEGER, "description": "The item's id at its endpoint (a page's and a topic's may be equal)."},
     "type": {"type": "string", "pattern": r"^(topic|organisation|[a-z_]+\.[A-Za-z]+)$",
              "description": "A page's meta.type (e.g. news.NewsReleasePage), or topic, or organisation."},
     "locale": LOCALE, "at": DATETIME, "detail_url": nullable(URL)},
    ["cursor", "action", "id", "type", "locale", "at", "detail_url"],
    "One change to a page, topic or organisation. published/updated entries are listed while the "
    "page is public (a topic or organisation: while it exists); unpublished and deleted ones name "
    "the item only (detail_url null). Topics and organisations are published when created (or "
    "translated), updated when saved, deleted; never unpublished.")
SCHEMAS["ChangeFeed"] = obj(
    {"meta": obj({"next_cursor": {"type": "string", "pattern": "^[0-9]+$"}, "has_more": BOOLEAN},
                 ["next_cursor", "has_more"]), "items": array(ref("Change"))}, ["meta", "items"])
SCHEMAS["OEmbed"] = obj(
    {"version": STRING, "type": {"type": "string", "enum": ["rich"]}, "title": STRING, "provider_name": STRING,
     "provider_url": URL, "html": STRING, "width": INTEGER, "height": INTEGER, "cache_age": INTEGER},
    ["version", "type", "html", "width", "height"], "An oEmbed 1.0 rich response: an iframe of the card.")
# A locale's home is a page reference without a locale field.
SCHEMAS["Locale"]["properties"]["home"] = nullable(obj(
    {"id": INTEGER, "title": STRING, "html_url": nullable(URL), "detail_url": URL}, ["id", "html_url"]))
for name in ("Release", "WorkingGroup", "Resource"):
    SCHEMAS[f"{name}Listing"] = listing(name)
for name in ("Page", "Topic", "Organisation", "Locale", "ImageItem", "DocumentItem"):
    SCHEMAS[f"{name}Listing"] = listing(name)


def _partial(schema):
    """`schema` without `required` at any depth: `fields=` removes any field (`fields=_,title`
    keeps only the title) and nested specs (`topics(name)`) any sub-field."""
    if isinstance(schema, dict):
        return {key: _partial(value) for key, value in schema.items() if key != "required"}
    if isinstance(schema, list):
        return [_partial(value) for value in schema]
    return schema


# Items and what they embed may come partial; errors, listing envelopes and the feed never do.
WHOLE = {"Error", "Change", "ChangeFeed", "OEmbed"}
for name in list(SCHEMAS):
    if name not in WHOLE:
        SCHEMAS[name] = _partial(SCHEMAS[name])
for name in list(SCHEMAS):
    if name.endswith("Listing"):
        SCHEMAS[name]["required"] = ["meta", "items"]
        SCHEMAS[name]["properties"]["meta"]["required"] = ["total_count"]

FIELDS_PATTERN = r"^[-_*,()A-Za-z0-9]*$"


def parameter(name, description, schema=None):
    return {"name": name, "in": "query", "required": False, "description": description,
            "schema": schema or STRING}


def cache_buster_parameter():
    return parameter("_", "Ignored: a cache-buster some clients add (e.g. jQuery's `_=<time>`).")


def fields_parameter():
    return parameter(
        "fields", "Fields to add or remove, e.g. `fields=-topics`, `fields=*`, `fields=_,title` (only the "
                  "title) or nested: `fields=topics(name)`, `fields=featured_image(url,alt)` (Wagtail's syntax).",
        {"type": "string", "pattern": FIELDS_PATTERN})


def locale_parameters():
    return [
        parameter("locale", "The language (default: the default language).",
                  {"type": "string", "enum": content_language_codes()}),
        parameter("fallback", "`default`: every item, in `locale` where a live translation exists and in "
                              "the default language otherwise (meta.locale says which).",
                  {"type": "string", "enum": ["default"]}),
    ]


def common_listing_parameters(order_fields, translatable=True, search=True):
    params = [
        parameter("limit", f"How many items (default 20, at most {settings.WAGTAILAPI_LIMIT_MAX}).",
                  {"type": "integer", "minimum": 0, "maximum": settings.WAGTAILAPI_LIMIT_MAX}),
        parameter("offset", "Skip this many items.", {"type": "integer", "minimum": 0}),
        fields_parameter(),
        cache_buster_parameter(),
    ]
    if order_fields:
        names = ", ".join(order_fields)
        choice = "-?(" + "|".join(order_fields) + ")"
        examples = [*order_fields, *(f"-{name}" for name in order_fields), f"-{order_fields[0]},{order_fields[-1]}"]
        params.append(parameter("order", f"Sort by these fields, `-` for descending: {names}.",
                                {"type": "string", "pattern": f"^{choice}(,{choice})*$", "examples": examples}))
    if translatable:
        params += locale_parameters()
    if search:
        params.append(parameter("search", "Full-text search in `locale` (relevance order; not with `order` "
                                          "or `fallback`)."))
    return params


def detail_locale_parameters():
    code, fallback = locale_parameters()
    return [{**code, "description": "The item's translation in this language (404 when it has none), "
                                    "whichever translation's id is given."},
            {**fallback, "description": "`default`: the default language's version when there is no "
                                        "translation in `locale`."}]


def responses(schema_name, not_found=False):
    result = {
        "200": {"description": "OK", "headers": {
            "ETag": {"schema": STRING}, "Last-Modified": {"schema": STRING}, "Cache-Control": {"schema": STRING}},
            "content": {"application/json": {"schema": ref(schema_name)}}},
        "304": {"description": "Not modified (If-None-Match / If-Modified-Since)."},
        "400": {"description": "Unknown parameter or bad value.",
                "content": {"application/json": {"schema": ref("Error")}}},
        "429": {"description": "Too many requests; see Retry-After.",
                "headers": {"Retry-After": {"schema": INTEGER}},
                "content": {"application/json": {"schema": ref("Error")}}},
    }
    if not_found:
        result["404"] = {"description": "No such public item.",
                         "content": {"application/json": {"schema": ref("Error")}}}
    return result


def endpoint_paths(name, endpoint, item_schema, summary, translatable=True, search=True):
    params = common_listing_parameters(list(getattr(endpoint, "order_fields", {}) or {}), translatable, search)
    params += [parameter(f.name, f.description or f.name, f.schema) for f in getattr(endpoint, "filters", ())]
    return {
        f"/{name}/": {"get": {"summary": summary, "operationId": f"list_{name}".replace("-", "_"),
                              "tags": [name], "parameters": params,
                              "responses": responses(f"{item_schema}Listing")}},
        f"/{name}/{{id}}/": {"get": {
            "summary": _("One item by id"), "operationId": f"get_{name}".replace("-", "_"), "tags": [name],
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": INTEGER},
                           fields_parameter(), *(detail_locale_parameters() if translatable else []),
                           cache_buster_parameter()],
            "responses": responses(item_schema if item_schema != "Page" else "PageDetail", not_found=True)}},
    }


def stream_schemas(endpoints, described):
    """SCHEMAS with the StreamFields the API serves: each item schema's StreamField properties
    (`body`, `activities`) as arrays of their StreamBlock's union, and the block schemas
    (cms.api.block_schemas), generated from the block definitions."""
    import copy

    from cms.api.block_schemas import BlockSchemas, api_stream_fields

    schemas = copy.deepcopy(SCHEMAS)
    generated = BlockSchemas()
    item_schemas = {endpoints[name].model: schema for name, (schema, *_rest) in described.items()}
    unions = {}  # field name -> the unions of the page models' StreamFields of that name
    for model, field_name, stream_block in api_stream_fields():
        union = generated.stream(stream_block)
        if model in item_schemas:
            schemas[item_schemas[model]]["properties"][field_name] = array(ref(union))
        unions.setdefault(field_name, set()).add(union)
    # The pages endpoint's detail shows any page type's fields: a StreamField name that means one
    # stream in every page type is typed there too.
    for field_name, names in unions.items():
        if len(names) == 1:
            schemas["PageDetail"]["properties"][field_name] = array(ref(next(iter(names))))
    clash = set(generated.schemas) & set(schemas)
    if clash:
        raise ValueError(f"block schema names clash with the item schemas: {sorted(clash)}")
    schemas.update(generated.schemas)
    return schemas


# oEmbed consumers pass sizes along as they have them: a bad one is ignored, never an error.
LENIENT_SIZE = {"anyOf": [{"type": "integer", "minimum": 1}, {"type": "string"}], "examples": [300, 0, "wide"]}


def page_types():
    """Every page type the site has, as `type=` names it (app_label.ModelName)."""
    from wagtail.models import Page, get_page_models

    return [f"{model._meta.app_label}.{model.__name__}" for model in get_page_models() if model is not Page]


def build_openapi(request=None):
    from cms.api.router import api_router
    from cms.links import origin

    endpoints = api_router._endpoints
    paths = {}
    described = {
        "news": ("Release", "News releases, newest first", True, True),
        "working-groups": ("WorkingGroup", "Working-group profiles, by country", True, True),
        "resources": ("Resource", "Resources, newest first", True, True),
        "pages": ("Page", "Every public page (Wagtail's pages endpoint)", True, True),
        "topics": ("Topic", "Topics", True, False),
        "organisations": ("Organisation", "Organisations", True, False),
        "locales": ("Locale", "The content languages and their home pages", False, False),
        "images": ("ImageItem", "Images", False, True),
        "documents": ("DocumentItem", "Documents", False, True),
    }
    for name, (schema, summary, translatable, search) in described.items():
        paths.update(endpoint_paths(name, endpoints[name], schema, summary, translatable, search))
    pages_params = paths["/pages/"]["get"]["parameters"]
    page_id = {"type": "integer", "minimum": 1}
    pages_params += [
        parameter("type", "Only pages of these types, e.g. news.NewsReleasePage (comma-separated).",
                  {"type": "string", "pattern": r"^[A-Za-z_]+\.[A-Za-z_]+(,[A-Za-z_]+\.[A-Za-z_]+)*$",
                   "examples": page_types()}),
        parameter("child_of", "Children of this page id (with `locale`: of its translation in that language; "
                              "with `fallback` too: one request builds a menu).", page_id),
        parameter("descendant_of", "Descendants of this page id.", page_id),
        parameter("ancestor_of", "Ancestors of this page id, root first (with `locale`/`fallback`: the "
                                 "breadcrumb in that language).", page_id),
        parameter("translation_of", "Translations of this page id.", page_id),
    ]
    find_responses = responses("PageDetail", not_found=True)
    find_responses.pop("200")
    find_responses.pop("304")
    find_responses["302"] = {"description": "Redirect to the page's detail URL, with `fields`, `locale` and "
                                            "`fallback` kept.", "headers": {"Location": {"schema": URL}}}
    paths["/pages/find/"] = {"get": {
        "summary": "Find a page by its address, e.g. html_path=/es/noticias/...; redirects to its detail URL",
        "operationId": "find_page", "tags": ["pages"],
        "parameters": [parameter("html_path", "The page's path, with its language prefix."),
                       parameter("id", "Or its id.", page_id), fields_parameter(), *detail_locale_parameters(),
                       cache_buster_parameter()],
        "responses": find_responses}}
    changes_responses = responses("ChangeFeed")
    paths["/changes/"] = {"get": {
        "summary": "Pages, topics and organisations published, updated, unpublished or deleted since a cursor "
                   "(every language)",
        "operationId": "list_changes", "tags": ["changes"],
        "parameters": [
            parameter("since", "The `meta.next_cursor` of the previous response; 0 (default) for everything.",
                      {"type": "string", "pattern": "^[0-9]{1,18}$"}),
            parameter("limit", "At most this many entries (default 100).",
                      {"type": "integer", "minimum": 1, "maximum": 1000}),
            parameter("locale", "Only changes in this language.",
                      {"type": "string", "enum": content_language_codes()}),
            cache_buster_parameter(),
        ],
        "responses": changes_responses}}
    oembed_errors = {code: {"description": text, "content": {"application/json": {"schema": ref("Error")}}}
                     for code, text in (("400", "No url."),
                                        ("404", "Nothing embeddable at this URL."),
                                        ("501", "Only the json format is supported."))}
    paths["/oembed/"] = {
        "servers": [{"url": f"{origin(request)}/api"}],
        "get": {
            "summary": "oEmbed: an embeddable card of a working-group profile or its news (/api/oembed/)",
            "operationId": "oembed", "tags": ["embeds"],
            "parameters": [
                {**parameter("url", "A profile's page URL or card URL on this site."), "required": True},
                parameter("format", "Only json.", {"type": "string", "enum": ["json"]}),
                parameter("maxwidth", "Largest width in pixels; any value but a positive integer is ignored.",
                          LENIENT_SIZE),
                parameter("maxheight", "Largest height in pixels; any value but a positive integer is ignored.",
                          LENIENT_SIZE),
            ],
            "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": ref("OEmbed")}}},
                          **oembed_errors}}}
    paths["/openapi.json"] = {"get": {"summary": "This document", "operationId": "openapi", "tags": ["meta"],
                                      "responses": {"200": {"description": "OpenAPI 3.1 document"}}}}
    base = origin(request)  # SITE_BASE_URL, else the origin serving this document (cms/links.py)
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "VPI content API",
            "version": "2",
            "description": (
                "Read-only, public JSON API of the Voluntary Principles Initiative site: news releases, "
                "working-group profiles, resources, topics and organisations, in every content language. "
                "Anonymous, GET only, CORS open to any origin, rate-limited (429 with Retry-After). "
                "Responses carry ETag and Last-Modified: send If-None-Match for a 304."
            ),
        },
        "servers": [{"url": f"{base}/api/v2"}],
        "paths": paths,
        "components": {"schemas": stream_schemas(endpoints, described)},
    }


@require_safe
def openapi_view(request):
    response = JsonResponse(build_openapi(request), json_dumps_params={"indent": 2})
    response["Cache-Control"] = settings.PUBLIC_CACHE_CONTROL
    return response


@require_safe
def api_index(request):
    from cms.api.router import api_router
    from cms.links import absolute

    data = {
        "endpoints": {name: absolute(request, reverse(f"wagtailapi:{name}:listing"))
                      for name in api_router._endpoints},
        "openapi": absolute(request, reverse("wagtailapi:openapi")),
        "docs": absolute(request, reverse("wagtailapi:docs")),
    }
    response = JsonResponse(data, json_dumps_params={"indent": 2})
    response["Cache-Control"] = settings.PUBLIC_CACHE_CONTROL
    return response


def _schema_text(schema):
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[1]
        return f'<a href="#schema-{escape(name)}">{escape(name)}</a>'
    for combined in ("anyOf", "oneOf"):
        if combined in schema:
            return " or ".join(_schema_text(s) for s in schema[combined])
    if "const" in schema:
        return f"<code>{escape(schema['const'])}</code>"
    kind = schema.get("type", "any")
    if kind == "array":
        return "array of " + _schema_text(schema.get("items", {}))
    text = " or ".join(kind) if isinstance(kind, list) else kind
    if "enum" in schema:
        text += ": " + ", ".join(escape(str(v)) for v in schema["enum"])
    return escape(text)


@require_safe
def docs_view(request):
    """The API reference as one HTML page, rendered from the OpenAPI document with a static style
    sheet (no CDN, no script, no inline style: the site's CSP): endpoints, parameters and schemas."""
    spec = build_openapi(request)
    endpoints = []
    for path_name, operations in spec["paths"].items():
        operation = operations["get"]
        ok = operation["responses"].get("200", {}).get("content", {}).get("application/json", {}).get("schema")
        endpoints.append({
            "path": path_name, "summary": operation["summary"], "codes": list(operation["responses"]),
            "body": mark_safe(_schema_text(ok)) if ok else "",
            "parameters": [{"name": param["name"], "description": param.get("description", ""),
                            "type": mark_safe(_schema_text(param.get("schema", {})))}
                           for param in operation.get("parameters", [])],
        })
    schemas = []
    for name, schema in spec["components"]["schemas"].items():
        required = set(schema.get("required", []))
        schemas.append({
            "name": name, "description": schema.get("description", ""),
            "one_of": mark_safe(_schema_text(schema)) if schema.get("oneOf") else "",
            "fields": [{"name": field, "required": field in required, "type": mark_safe(_schema_text(field_schema))}
                       for field, field_schema in schema.get("properties", {}).items()],
        })
    response = render(request, "cms/api/docs.html", {
        "spec": spec, "base_url": spec["servers"][0]["url"], "endpoints": endpoints, "schemas": schemas,
        "document": json.dumps(spec, indent=2)[:200000],
    })
    response["Cache-Control"] = settings.PUBLIC_CACHE_CONTROL
    return response
