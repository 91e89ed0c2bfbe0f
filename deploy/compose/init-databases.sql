-- Each service owns its database (the same names deploy/infra.sh creates on a local server).
create database order_service;
create database inventory_service;
create database billing_service;
create database shipping_service;
create database notification_service;
