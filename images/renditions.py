"""Smaller copies of an uploaded image ("renditions"), each width in WebP and in a fallback
format, made once and kept in MEDIA beside nothing else.

A rendition's name follows from its source's name, its width and its format alone
(`renditions/images/projects/school.jpg/640.webp`), so a page finds it without a query. The
fallback format follows from the source's extension for the same reason: a JPEG source is a
photo without alpha and gets JPEG; a PNG or WebP source may be transparent (logos are) and
gets PNG. Only old browsers read the fallback; every current one takes the WebP.

The apps that own an image field say so from their `AppConfig.ready()`:

    renditions.register(Project, "image", widths=(320, 640, 960, 1280))

The model then keeps the source's size (after its EXIF orientation) in two plain fields,
`<field>_width` and `<field>_height`, filled when the image changes, so that `{% picture %}`
knows every rendition's size without opening a file. They are plain integers rather than
Django's `width_field`, which opens the file on loading any row whose size is unknown and
fails there when the file is gone.

On save, a new image gets its renditions at once and the old image's renditions go; on
delete, they go too. A rendition missing later (a restored database, a new width asked for
by a template) is made on first use by `ensure()`; one that cannot be made is logged and
the page shows the original instead.
"""

import logging
import posixpath
from dataclasses import dataclass
from io import BytesIO

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db.models.signals import post_delete, post_init, post_save, pre_save
from PIL import Image, ImageOps

logger = logging.getLogger(__name__)

ROOT = "renditions"
DEFAULT_WIDTHS = (320, 640, 960, 1280)
WEBP, JPEG, PNG = "webp", "jpg", "png"
QUALITY = {WEBP: 80, JPEG: 82}
MIME = {WEBP: "image/webp", JPEG: "image/jpeg", PNG: "image/png"}


@dataclass(frozen=True)
class Registration:
    model: type
    field: str
    widths: tuple[int, ...]

    @property
    def width_attr(self) -> str:
        return f"{self.field}_width"

    @property
    def height_attr(self) -> str:
        return f"{self.field}_height"


_registry: dict[tuple[type, str], Registration] = {}
# Renditions this process has seen on disk, and sources it could not read: each is checked
# once, not on every page. Keyed by the storage's folder too (the tests change MEDIA_ROOT).
_known: set[tuple[str, str]] = set()
_failed: set[tuple[str, str]] = set()


def _key(storage, name: str) -> tuple[str, str]:
    return (str(getattr(storage, "location", "")), name)


def register(model, field: str, *, widths: tuple[int, ...] = DEFAULT_WIDTHS) -> None:
    """Make renditions of `model.field` on save; the model needs `<field>_width` and
    `<field>_height` (PositiveIntegerField, null=True, editable=False)."""
    registration = Registration(model, field, tuple(sorted(widths)))
    for suffix in ("width", "height"):
        model._meta.get_field(f"{field}_{suffix}")  # fails early, naming the missing field
    _registry[(model, field)] = registration
    uid = f"images-{model._meta.label}-{field}"
    post_init.connect(_remember_names, sender=model, dispatch_uid=f"{uid}-init")
    pre_save.connect(_update_size, sender=model, dispatch_uid=f"{uid}-pre")
    post_save.connect(_after_save, sender=model, dispatch_uid=f"{uid}-post")
    post_delete.connect(_after_delete, sender=model, dispatch_uid=f"{uid}-delete")


def registration_for(fieldfile) -> Registration | None:
    instance, field = getattr(fieldfile, "instance", None), getattr(fieldfile, "field", None)
    if instance is None or field is None:
        return None
    return _registry.get((type(instance), field.name)) or _registry.get(
        (instance._meta.concrete_model, field.name)
    )


def _registrations(model) -> list[Registration]:
    return [each for (registered, _field), each in _registry.items() if registered is model]


# --- names and sizes ----------------------------------------------------------------------


def fallback_format(source_name: str) -> str:
    return JPEG if posixpath.splitext(source_name)[1].lower() in (".jpg", ".jpeg") else PNG


def rendition_name(source_name: str, width: int, image_format: str) -> str:
    return f"{ROOT}/{source_name}/{int(width)}.{image_format}"


def folder(source_name: str) -> str:
    return f"{ROOT}/{source_name}"


def widths_for(source_width: int, wanted) -> list[int]:
    """The wanted widths a source of this width can give without upscaling: those narrower
    than it, and the source's own width in place of every wider one."""
    widths = sorted({w for w in wanted if w < source_width})
    if any(w >= source_width for w in wanted):
        widths.append(source_width)
    return widths


def scaled_height(source_width: int, source_height: int, width: int) -> int:
    return max(1, round(source_height * width / source_width))


def oriented_size(image: Image.Image) -> tuple[int, int]:
    """The size as shown: EXIF orientations 5 to 8 turn the picture a quarter."""
    width, height = image.size
    try:
        orientation = image.getexif().get(0x0112, 1)
    except Exception:  # a broken EXIF block is no reason to refuse the picture
        orientation = 1
    return (height, width) if orientation in (5, 6, 7, 8) else (width, height)


def measure(fieldfile) -> tuple[int, int] | None:
    """The shown size of a field's file (an upload not yet stored, or a stored file), or
    None when it cannot be read."""
    try:
        if not getattr(fieldfile, "_committed", True) and getattr(fieldfile, "file", None):
            handle = fieldfile.file
            handle.seek(0)
            with Image.open(handle) as image:
                size = oriented_size(image)
            handle.seek(0)
            return size
        with fieldfile.storage.open(fieldfile.name, "rb") as handle, Image.open(handle) as image:
            return oriented_size(image)
    except Exception:
        logger.warning("Cannot read the size of image %s", fieldfile.name, exc_info=True)
        return None


# --- making and removing --------------------------------------------------------------------


def _encode(image: Image.Image, image_format: str) -> bytes:
    buffer = BytesIO()
    if image_format == JPEG:
        image.convert("RGB").save(
            buffer, "JPEG", quality=QUALITY[JPEG], optimize=True, progressive=True
        )
    elif image_format == WEBP:
        image.save(buffer, "WEBP", quality=QUALITY[WEBP], method=4)
    else:
        image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def _open_source(source_name: str, storage) -> Image.Image:
    with storage.open(source_name, "rb") as handle:
        image = Image.open(handle)
        image.load()
    # Turned as the camera meant; the copy carries no EXIF, XMP nor ICC data because only
    # the pixels are saved (no exif=, icc_profile= arguments).
    image = ImageOps.exif_transpose(image)
    has_alpha = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
    return image.convert("RGBA" if has_alpha else "RGB")


def make(source_name: str, widths, *, storage=None, only_missing: bool = False) -> list[str]:
    """Write the renditions of `source_name` at `widths` (never wider than the source) in
    WebP and the fallback format; return their names. Raises when the source is unreadable."""
    storage = storage or default_storage
    image = _open_source(source_name, storage)
    made = []
    for width in widths_for(image.width, widths):
        size = (width, scaled_height(image.width, image.height, width))
        resized = None
        for image_format in (WEBP, fallback_format(source_name)):
            name = rendition_name(source_name, width, image_format)
            if only_missing and (_key(storage, name) in _known or storage.exists(name)):
                _known.add(_key(storage, name))
                continue
            if resized is None:
                resized = image if size == image.size else image.resize(size, Image.LANCZOS)
            if storage.exists(name):
                storage.delete(name)
            saved = storage.save(name, ContentFile(_encode(resized, image_format)))
            if saved != name:  # a storage that renames instead of overwriting
                logger.warning("Rendition %s stored as %s", name, saved)
            _known.add(_key(storage, name))
            made.append(name)
    return made


def ensure(source_name: str, widths, *, source_width: int | None = None, storage=None) -> bool:
    """True when every rendition of these widths is there, made now if need be; False (and
    a log line) when they cannot be made: the caller shows the original then. With the
    source's width known, renditions already on disk cost a look each and no decoding."""
    storage = storage or default_storage
    if _key(storage, source_name) in _failed:
        return False
    if source_width:
        names = [
            rendition_name(source_name, width, image_format)
            for width in widths_for(source_width, widths)
            for image_format in (WEBP, fallback_format(source_name))
        ]
        missing = [name for name in names if _key(storage, name) not in _known]
        if all(storage.exists(name) for name in missing):
            _known.update(_key(storage, name) for name in missing)
            return True
    try:
        make(source_name, widths, storage=storage, only_missing=True)
    except Exception:
        logger.warning("Cannot make renditions of %s", source_name, exc_info=True)
        _failed.add(_key(storage, source_name))
        return False
    return True


def remove(source_name: str, *, storage=None) -> None:
    """Delete every rendition of a source (its folder's files)."""
    if not source_name:
        return
    storage = storage or default_storage
    try:
        _directories, files = storage.listdir(folder(source_name))
    except (FileNotFoundError, NotADirectoryError):
        return
    for name in files:
        path = f"{folder(source_name)}/{name}"
        _known.discard(_key(storage, path))
        storage.delete(path)
    _failed.discard(_key(storage, source_name))


def known_ready(source_name: str, widths, *, storage=None) -> bool:
    """Whether this process has already seen all of these renditions."""
    storage = storage or default_storage
    return all(
        _key(storage, rendition_name(source_name, width, image_format)) in _known
        for width in widths
        for image_format in (WEBP, fallback_format(source_name))
    )


# --- the signals of a registered model --------------------------------------------------------


def _remember_names(sender, instance, **kwargs):
    # What the image was when the row was read: a save compares with it. Deferred fields
    # are left out, so loading them stays lazy, and so are empty ones (_changed treats an
    # unknown field as empty): most rows have no image, and the IATI file streams twenty
    # thousand projects, so a row without one carries nothing extra. The raw value is read,
    # not the descriptor, which would make a FieldFile for every row.
    names = {}
    for registration in _registrations(sender):
        value = instance.__dict__.get(registration.field)
        name = str(getattr(value, "name", value) or "")
        if name:
            names[registration.field] = name
    if names or "_images_loaded" in instance.__dict__:
        instance._images_loaded = names


def _changed(instance, registration) -> tuple[bool, str]:
    loaded = getattr(instance, "_images_loaded", {})
    current = getattr(instance, registration.field).name or ""
    if registration.field not in loaded:  # new, deferred or empty when read
        return (bool(current) or instance._state.adding), ""
    return loaded[registration.field] != current, loaded[registration.field]


def _update_size(sender, instance, update_fields=None, **kwargs):
    for registration in _registrations(sender):
        if update_fields is not None and registration.field not in update_fields:
            continue
        fieldfile = getattr(instance, registration.field)
        changed, _old = _changed(instance, registration)
        missing_size = fieldfile and getattr(instance, registration.width_attr) is None
        if not (changed or missing_size):
            continue
        size = measure(fieldfile) if fieldfile else None
        width, height = size or (None, None)
        setattr(instance, registration.width_attr, width)
        setattr(instance, registration.height_attr, height)


def _after_save(sender, instance, update_fields=None, **kwargs):
    for registration in _registrations(sender):
        if update_fields is not None and registration.field not in update_fields:
            continue
        changed, old = _changed(instance, registration)
        current = getattr(instance, registration.field).name or ""
        if changed:
            sizes = (registration.width_attr, registration.height_attr)
            if update_fields is not None and not set(sizes) <= set(update_fields):
                # A save limited to the image field would leave its size behind.
                sender._base_manager.filter(pk=instance.pk).update(
                    **{name: getattr(instance, name) for name in sizes}
                )
            if old and old != current:
                remove(old)
            if current:
                ensure(current, registration.widths)
    _remember_names(sender, instance)


def _after_delete(sender, instance, **kwargs):
    for registration in _registrations(sender):
        if registration.field in instance.__dict__:
            remove(getattr(instance, registration.field).name or "")


def fill_sizes(model, field: str) -> int:
    """For a data migration (historical models send no signals): the size of every stored
    image whose size is not known yet. A file that is gone or unreadable is left without
    one, and its pages show the original. Returns how many rows got a size."""
    width_attr, height_attr = f"{field}_width", f"{field}_height"
    rows = model._base_manager.exclude(**{field: ""}).filter(**{f"{width_attr}__isnull": True})
    filled = 0
    for row in rows.only("pk", field).iterator(chunk_size=500):
        name = getattr(row, field).name
        try:
            with default_storage.open(name, "rb") as handle, Image.open(handle) as image:
                width, height = oriented_size(image)
        except Exception:
            logger.warning("Cannot read the size of image %s", name, exc_info=True)
            continue
        model._base_manager.filter(pk=row.pk).update(**{width_attr: width, height_attr: height})
        filled += 1
    return filled
