# CloudWatch as a Terraform user would write it, the provider on its default settings: a static-threshold alarm
# on an instance's CPU that stops it, a metric-math alarm on an error rate, and a dashboard showing both.
provider "aws" {
  region     = "us-east-1"
  access_key = var.access_key
  secret_key = var.secret_key

  endpoints {
    cloudwatch = var.endpoint
    sts        = var.endpoint
  }
}

locals {
  instance_id = "i-0123456789abcdef0"
}

resource "aws_cloudwatch_metric_alarm" "cpu_high" {
  alarm_name          = "tf-cpu-high"
  alarm_description   = "Stops the worker when its CPU stays high"
  namespace           = "AWS/EC2"
  metric_name         = "CPUUtilization"
  statistic           = "Average"
  unit                = "Percent"
  period              = 300
  evaluation_periods  = 3
  datapoints_to_alarm = 2
  threshold           = 90
  comparison_operator = "GreaterThanOrEqualToThreshold"
  alarm_actions       = ["arn:aws:automate:us-east-1:ec2:stop"]

  dimensions = {
    InstanceId = local.instance_id
  }

  tags = {
    Team  = "platform"
    Stack = "cloudwatch"
  }
}

resource "aws_cloudwatch_metric_alarm" "error_rate" {
  alarm_name          = "tf-error-rate"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 2
  threshold           = 5
  treat_missing_data  = "notBreaching"

  metric_query {
    id          = "rate"
    expression  = "100 * errors / requests"
    label       = "Error rate (%)"
    return_data = true
  }

  metric_query {
    id = "errors"

    metric {
      namespace   = "Shop/Web"
      metric_name = "Errors"
      period      = 60
      stat        = "Sum"
      unit        = "Count"

      dimensions = {
        Service = "checkout"
      }
    }
  }

  metric_query {
    id = "requests"

    metric {
      namespace   = "Shop/Web"
      metric_name = "Requests"
      period      = 60
      stat        = "Sum"

      dimensions = {
        Service = "checkout"
      }
    }
  }
}

resource "aws_cloudwatch_dashboard" "overview" {
  dashboard_name = "tf-overview"

  dashboard_body = jsonencode({
    widgets = [
      {
        type   = "metric"
        x      = 0
        y      = 0
        width  = 12
        height = 6
        properties = {
          title   = "Worker CPU"
          region  = "us-east-1"
          view    = "timeSeries"
          stacked = false
          period  = 300
          stat    = "Average"
          metrics = [
            ["AWS/EC2", "CPUUtilization", "InstanceId", local.instance_id]
          ]
          annotations = {
            horizontal = [{ label = "stop", value = 90 }]
          }
        }
      },
      {
        type   = "alarm"
        x      = 12
        y      = 0
        width  = 12
        height = 6
        properties = {
          title  = "Alarms"
          alarms = [
            aws_cloudwatch_metric_alarm.cpu_high.arn,
            aws_cloudwatch_metric_alarm.error_rate.arn
          ]
        }
      },
      {
        type   = "text"
        x      = 0
        y      = 6
        width  = 24
        height = 2
        properties = {
          markdown = "## Checkout\nError rate is `100 * errors / requests`."
        }
      }
    ]
  })
}

output "cpu_alarm_arn" {
  value = aws_cloudwatch_metric_alarm.cpu_high.arn
}

output "error_alarm_arn" {
  value = aws_cloudwatch_metric_alarm.error_rate.arn
}

output "dashboard_arn" {
  value = aws_cloudwatch_dashboard.overview.dashboard_arn
}

output "dashboard_body" {
  value = aws_cloudwatch_dashboard.overview.dashboard_body
}
