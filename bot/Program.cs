using InternBot.Bot.Hosting;

InternBotApp.Build(args).Run();

/// <summary>Visible to the test host (WebApplicationFactory).</summary>
public partial class Program;
