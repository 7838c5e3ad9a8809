"""StreamField blocks shared by every content app: body text, quotes, images, calls to action."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section heading")), ("h3", _("Sub-heading"))],
        default="h2",
        help_text=_("Use a section heading for main sections and a sub-heading inside them."),
    )

    class Meta:
        icon = "title"
        label = _("Heading")  # else the block's name, untranslated, in the editor
        template = "cms/blocks/heading.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), help_text=_("Who said it, e.g. Nicholas Kennedy."))
    role = blocks.CharBlock(
        label=_("Role"), required=False, help_text=_("Their role, e.g. Deputy Head of Mission, British Embassy.")
    )

    class Meta:
        icon = "openquote"
        label = _("Quote")  # else the block's name, untranslated, in the editor
        template = "cms/blocks/quote.html"


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("Describe the image for people who cannot see it. Required."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=300)

    class Meta:
        icon = "image"
        label = _("Image")  # else the block's name, untranslated, in the editor
        template = "cms/blocks/image.html"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    label = blocks.CharBlock(
        label=_("Link text"), required=False, help_text=_("Leave blank to use the document's title.")
    )

    class Meta:
        icon = "doc-full"
        label = _("Document")  # else the block's name, untranslated, in the editor
        template = "cms/blocks/document_link.html"


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False)
    button_label = blocks.CharBlock(label=_("Button label"), max_length=60)
    page = blocks.PageChooserBlock(label=_("Page on this site"), required=False)
    url = blocks.URLBlock(label=_("Or an external address"), required=False)

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise blocks.StructBlockValidationError(
                block_errors={"url": ValidationError(_("Choose a page on this site or enter an address, not both."))}
            )
        return value

    class Meta:
        icon = "pick"
        label = _("Call to action")  # else the block's name, untranslated, in the editor
        template = "cms/blocks/call_to_action.html"


class ContactBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name or team"), help_text=_("e.g. VPI Secretariat"))
    role = blocks.CharBlock(label=_("Role"), required=False)
    email = blocks.EmailBlock(label=_("Email"), required=False)
    phone = blocks.CharBlock(label=_("Phone"), required=False, max_length=40)

    class Meta:
        icon = "mail"
        label = _("Contact")  # else the block's name, untranslated, in the editor
        template = "cms/blocks/contact.html"


class BodyBlock(blocks.StreamBlock):
    """The body of releases and standard pages."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Paragraph"), icon="pilcrow")
    quote = QuoteBlock()
    image = CaptionedImageBlock()
    embed = EmbedBlock(label=_("Embedded media"), help_text=_("A YouTube or Vimeo address, for example."))
    document = DocumentLinkBlock()
    call_to_action = CallToActionBlock()
    contact = ContactBlock()


class ActivitiesBlock(blocks.StreamBlock):
    """Objectives and activities of a working group."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Paragraph"), icon="pilcrow")
    list = blocks.ListBlock(blocks.CharBlock(label=_("Item")), label=_("Bulleted list"), icon="list-ul",
                            template="cms/blocks/list.html")
    image = CaptionedImageBlock()
    document = DocumentLinkBlock()
