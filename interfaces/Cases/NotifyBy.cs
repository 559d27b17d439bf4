namespace Hub.Cases;

/// <summary>How the applicant chose to hear of their case: by SMS, in the government-service app bound to their mobile number, or not at all.</summary>
public enum NotifyBy
{
    /// <summary>The applicant declined, or gave no mobile number: no message is sent.</summary>
    None = 0,

    /// <summary>A text message to the applicant's mobile number.</summary>
    Sms = 1,

    /// <summary>A message in the government-service app of the account bound to the applicant's mobile number.</summary>
    App = 2,
}
