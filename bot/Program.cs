using InternBot.Bot.BotFramework.Hosting;
using InternBot.Bot.Conversation;
using InternBot.Bot.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddProblemDetails();
builder.Services.AddVacancyCatalogue(builder.Configuration);
builder.Services.AddBotFramework<InternBotHandler>(builder.Configuration);

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapHealthChecks();
app.MapBotMessages();
app.PrintHowToChat();

app.Run();

/// <summary>Visible to the test host (WebApplicationFactory).</summary>
public partial class Program;
