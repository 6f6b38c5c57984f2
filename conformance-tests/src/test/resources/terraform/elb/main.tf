# Load balancers as a Terraform user would write them, on the provider's default settings: an application balancer
# in the default VPC's subnets, an ip target group whose targets are local HTTP servers (their ports come from
# variables), an HTTP listener forwarding to it, a path rule forwarding and a path rule answering itself; a Route 53
# zone with an alias record to the application balancer; and a classic balancer in front of an instance of the
# embedded web-server image.
variable "backend_ports" {
  type = list(number)
}

provider "aws" {
  region     = "us-east-1"
  access_key = var.access_key
  secret_key = var.secret_key

  endpoints {
    sts     = var.endpoint
    iam     = var.endpoint
    ec2     = var.endpoint
    elb     = var.endpoint
    elbv2   = var.endpoint
    route53 = var.endpoint
  }
}

data "aws_vpc" "default" {
  default = true
}

data "aws_subnets" "default" {
  filter {
    name   = "vpc-id"
    values = [data.aws_vpc.default.id]
  }
}

resource "aws_lb" "web" {
  name    = "tf-web"
  subnets = data.aws_subnets.default.ids

  tags = {
    Stack = "elb"
  }
}

resource "aws_lb_target_group" "web" {
  name        = "tf-web"
  port        = var.backend_ports[0]
  protocol    = "HTTP"
  target_type = "ip"
  vpc_id      = data.aws_vpc.default.id

  health_check {
    path                = "/health"
    interval            = 5
    timeout             = 2
    healthy_threshold   = 2
    unhealthy_threshold = 2
  }
}

resource "aws_lb_target_group_attachment" "web" {
  count            = length(var.backend_ports)
  target_group_arn = aws_lb_target_group.web.arn
  target_id        = "127.0.0.1"
  port             = var.backend_ports[count.index]
}

resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}

resource "aws_lb_listener_rule" "api" {
  listener_arn = aws_lb_listener.http.arn
  priority     = 10

  action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }

  condition {
    path_pattern {
      values = ["/api/*"]
    }
  }
}

resource "aws_lb_listener_rule" "maintenance" {
  listener_arn = aws_lb_listener.http.arn
  priority     = 20

  action {
    type = "fixed-response"

    fixed_response {
      content_type = "text/plain"
      message_body = "down for maintenance"
      status_code  = "503"
    }
  }

  condition {
    path_pattern {
      values = ["/maintenance"]
    }
  }
}

resource "aws_route53_zone" "app" {
  name = "tf-elb.example"
}

resource "aws_route53_record" "www" {
  zone_id = aws_route53_zone.app.zone_id
  name    = "www.tf-elb.example"
  type    = "A"

  alias {
    name                   = aws_lb.web.dns_name
    zone_id                = aws_lb.web.zone_id
    evaluate_target_health = true
  }
}

data "aws_ami" "webserver" {
  owners = ["amazon"]

  filter {
    name   = "name"
    values = ["cloudgate-webserver-1.0.0-x86_64"]
  }
}

resource "aws_instance" "web" {
  ami               = data.aws_ami.webserver.id
  instance_type     = "t3.micro"
  availability_zone = "us-east-1a"
}

resource "aws_elb" "classic" {
  name               = "tf-classic"
  availability_zones = ["us-east-1a"]
  instances          = [aws_instance.web.id]

  listener {
    lb_port           = 80
    lb_protocol       = "http"
    instance_port     = 80
    instance_protocol = "http"
  }

  health_check {
    target              = "HTTP:80/health"
    interval            = 5
    timeout             = 2
    healthy_threshold   = 2
    unhealthy_threshold = 2
  }

  tags = {
    Stack = "elb"
  }
}

output "dns_name" {
  value = aws_lb.web.dns_name
}

output "load_balancer_arn" {
  value = aws_lb.web.arn
}

output "target_group_arn" {
  value = aws_lb_target_group.web.arn
}

output "alias_name" {
  value = aws_route53_record.www.fqdn
}

output "classic_dns_name" {
  value = aws_elb.classic.dns_name
}

output "instance_id" {
  value = aws_instance.web.id
}
