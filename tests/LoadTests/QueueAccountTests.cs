using Hub.LoadTests.Halls;

namespace Hub.Tests.LoadTests;

/// <summary>The hall's-morning benchmark's account of queue numbers, which fails the run when a number is called twice or never.</summary>
public sealed class QueueAccountTests
{
    [Fact]
    public void EveryNumberCalledOnce_IsAClearAccount_EvenWhenAQueueIssuedOneTwice()
    {
        var account = new QueueAccount();
        account.Issued("610925100201/PS-004", "P001");
        account.Issued("610925100201/PS-004", "P001");
        account.Issued("610925100201/PS-004", "P002");
        account.Issued("430102/CA-003", "P001");
        account.Called("610925100201/PS-004", "P002");
        account.Called("610925100201/PS-004", "P001");
        account.Called("430102/CA-003", "P001");

        Assert.Equal(new QueueTally(3, 3, 0, 0, 2, 2), account.Tally());
    }

    [Fact]
    public void ANumberCalledTwice_AndOneNeverCalled_AreCounted()
    {
        var account = new QueueAccount();
        account.Issued("610925100201/PS-004", "P001");
        account.Issued("610925100201/PS-004", "P002");
        account.Called("610925100201/PS-004", "P001");
        account.Called("610925100201/PS-004", "P001");

        var tally = account.Tally();

        Assert.Equal((1, 1), (tally.CalledTwice, tally.NeverCalled));
    }

    [Fact]
    public void ACallAnsweredFromAQueueThatIssuedNothing_CountsAsACall_NotAsClear()
    {
        var account = new QueueAccount();
        account.Called("610925100201/PS-004", "P001");
        account.Called("610925100201/PS-004", "P001");

        Assert.Equal((1, 2, 1), (account.Tally().CalledTwice, account.Tally().Called, account.Tally().Issued == 0 ? 1 : 0));
    }
}
