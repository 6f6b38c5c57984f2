# Route 53 as a Terraform user would write it, the provider on its default settings: a public zone with A,
# CNAME, TXT (longer than one 255-character string), MX, an alias to another record, two weighted records and a
# failover pair whose primary has an HTTP health check against a server the test runs; and a private zone
# attached to a VPC.
variable "health_port" {
  type = number
}

provider "aws" {
  region     = "us-east-1"
  access_key = var.access_key
  secret_key = var.secret_key

  endpoints {
    ec2     = var.endpoint
    route53 = var.endpoint
    sts     = var.endpoint
  }
}

resource "aws_route53_zone" "public" {
  name    = "tf-public.example"
  comment = "managed by terraform"
  tags = {
    Stack = "route53"
  }
}

resource "aws_vpc" "private" {
  cidr_block           = "10.42.0.0/16"
  enable_dns_support   = true
  enable_dns_hostnames = true
}

resource "aws_route53_zone" "private" {
  name = "tf-private.internal"
  vpc {
    vpc_id = aws_vpc.private.id
  }
}

resource "aws_route53_record" "www" {
  zone_id = aws_route53_zone.public.zone_id
  name    = "www.tf-public.example"
  type    = "A"
  ttl     = 60
  records = ["192.0.2.10", "192.0.2.11"]
}

resource "aws_route53_record" "web" {
  zone_id = aws_route53_zone.public.zone_id
  name    = "web"
  type    = "CNAME"
  ttl     = 300
  records = ["www.tf-public.example"]
}

resource "aws_route53_record" "txt" {
  zone_id = aws_route53_zone.public.zone_id
  name    = "txt.tf-public.example"
  type    = "TXT"
  ttl     = 60
  records = ["v=spf1 -all", join("\"\"", [format("%0200d", 1), format("%0100d", 2)])]
}

resource "aws_route53_record" "mx" {
  zone_id = aws_route53_zone.public.zone_id
  name    = "tf-public.example"
  type    = "MX"
  ttl     = 3600
  records = ["10 mail1.tf-public.example", "20 mail2.tf-public.example"]
}

resource "aws_route53_record" "alias" {
  zone_id = aws_route53_zone.public.zone_id
  name    = "alias.tf-public.example"
  type    = "A"
  alias {
    name                   = aws_route53_record.www.fqdn
    zone_id                = aws_route53_zone.public.zone_id
    evaluate_target_health = false
  }
}

resource "aws_route53_record" "weighted" {
  for_each       = { blue = "192.0.2.21", green = "192.0.2.22" }
  zone_id        = aws_route53_zone.public.zone_id
  name           = "weighted.tf-public.example"
  type           = "A"
  ttl            = 0
  set_identifier = each.key
  records        = [each.value]
  weighted_routing_policy {
    weight = 50
  }
}

resource "aws_route53_health_check" "primary" {
  type              = "HTTP"
  ip_address        = "127.0.0.1"
  port              = var.health_port
  resource_path     = "/health"
  request_interval  = 10
  failure_threshold = 1
  tags = {
    Name = "tf-primary"
  }
}

resource "aws_route53_record" "primary" {
  zone_id         = aws_route53_zone.public.zone_id
  name            = "failover.tf-public.example"
  type            = "A"
  ttl             = 0
  set_identifier  = "primary"
  health_check_id = aws_route53_health_check.primary.id
  records         = ["192.0.2.31"]
  failover_routing_policy {
    type = "PRIMARY"
  }
}

resource "aws_route53_record" "secondary" {
  zone_id        = aws_route53_zone.public.zone_id
  name           = "failover.tf-public.example"
  type           = "A"
  ttl            = 0
  set_identifier = "secondary"
  records        = ["192.0.2.32"]
  failover_routing_policy {
    type = "SECONDARY"
  }
}

resource "aws_route53_record" "private_db" {
  zone_id = aws_route53_zone.private.zone_id
  name    = "db.tf-private.internal"
  type    = "A"
  ttl     = 60
  records = ["10.42.0.5"]
}

output "public_zone_id" {
  value = aws_route53_zone.public.zone_id
}

output "private_zone_id" {
  value = aws_route53_zone.private.zone_id
}

output "name_servers" {
  value = aws_route53_zone.public.name_servers
}

output "health_check_id" {
  value = aws_route53_health_check.primary.id
}

output "vpc_id" {
  value = aws_vpc.private.id
}
