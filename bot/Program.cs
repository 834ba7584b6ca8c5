using InternBot.Bot.Cards;
using InternBot.Bot.Hosting;

// "export-cards <file>" writes every card the bot can send, for the docs renderer (tests/cards/render.sh).
if (args is ["export-cards", var file])
{
    CardGallery.Export(file);
    return;
}

InternBotApp.Build(args).Run();

/// <summary>Visible to the test host (WebApplicationFactory).</summary>
public partial class Program;
